"""Claimant for PySpark: who said what in news articles, as a Spark ML transformer.

The work is done by the JVM class io.claimant.spark.ClaimExtractor; this module only gives it a Python face.
Put the shaded jar on Spark's classpath and this file on Python's path:

    spark-submit --jars claimant-spark-all.jar --py-files claimant_spark.py job.py

    from claimant_spark import ClaimExtractor
    claims = ClaimExtractor(profile="fast").transform(df)           # df has id and text columns
    one_row_per_claim = ClaimExtractor.explode(claims)

The output adds `claims` (an array of claim structs, claim schema v1) and `error` (code and message; null when
the document was processed). The transformer saves and loads like Spark's own (write().save(path),
ClaimExtractor.load(path)); a saved stage holds the model file's and lexicon folder's contents, so loading it needs
neither path. A PipelineModel saved with it loads in Scala or Java; PySpark's PipelineModel.load
finds Python classes by the Java class's package, so from Python load the stage itself.
"""

from pyspark import keyword_only
from pyspark.ml.param import Param, Params, TypeConverters
from pyspark.ml.util import JavaMLReadable, JavaMLReader, JavaMLWritable
from pyspark.ml.wrapper import JavaTransformer

__all__ = ["ClaimExtractor"]

_JAVA_CLASS = "io.claimant.spark.ClaimExtractor"


class _ClaimExtractorReader(JavaMLReader):
    """PySpark derives a Java class name from the Python module's; ours is not under pyspark, so name it."""

    @classmethod
    def _java_loader_class(cls, clazz):
        return _JAVA_CLASS


class ClaimExtractor(JavaTransformer, JavaMLReadable, JavaMLWritable):
    """Adds `claims` and `error` columns to a table of documents (columns `id` and `text`)."""

    idCol = Param(Params._dummy(), "idCol", "column holding each document's id",
                  typeConverter=TypeConverters.toString)
    textCol = Param(Params._dummy(), "textCol", "column holding each document's text (string or UTF-8 bytes)",
                    typeConverter=TypeConverters.toString)
    profile = Param(Params._dummy(), "profile",
                    "attribution profile: fast or rules ('learned', fast's former name, is accepted too); "
                    "default: the Java side's",
                    typeConverter=TypeConverters.toString)
    lexicon = Param(Params._dummy(), "lexicon",
                    "folder of word lists on every executor, until saved with the stage; empty for none",
                    typeConverter=TypeConverters.toString)
    model = Param(Params._dummy(), "model",
                  "attribution model file on every executor, until saved with the stage; empty for the shipped one",
                  typeConverter=TypeConverters.toString)
    maxBytes = Param(Params._dummy(), "maxBytes", "largest document accepted, in bytes",
                     typeConverter=TypeConverters.toInt)
    maxSecondsPerDoc = Param(Params._dummy(), "maxSecondsPerDoc",
                             "time budget per document in seconds; 0 for none, negative for the default",
                             typeConverter=TypeConverters.toFloat)

    @keyword_only
    def __init__(self, *, idCol="id", textCol="text", profile=None, lexicon="", model="",
                 maxBytes=10485760, maxSecondsPerDoc=-1.0):
        super().__init__()
        self._java_obj = self._new_java_obj(_JAVA_CLASS, self.uid)
        # The default profile is the Java class's (Claimant.Builder.DEFAULT_PROFILE), so that it is named in one place.
        self._setDefault(idCol="id", textCol="text", profile=self._java_obj.getProfile(), lexicon="", model="",
                         maxBytes=10485760, maxSecondsPerDoc=-1.0)
        self._set(**self._input_kwargs)

    @keyword_only
    def setParams(self, *, idCol="id", textCol="text", profile=None, lexicon="", model="",
                  maxBytes=10485760, maxSecondsPerDoc=-1.0):
        return self._set(**self._input_kwargs)

    @classmethod
    def read(cls):
        return _ClaimExtractorReader(cls)

    @classmethod
    def _from_java(cls, java_stage):
        # PySpark's own version maps org.apache.spark classes to pyspark modules; this class lives elsewhere.
        stage = cls()
        stage._java_obj = java_stage
        stage._resetUid(java_stage.uid())
        stage._transfer_params_from_java()
        return stage

    @staticmethod
    def explode(transformed):
        """One row per claim, with the claim's fields as columns."""
        from pyspark.sql import functions as F
        return transformed.select(F.explode("claims").alias("claim")).select("claim.*")
