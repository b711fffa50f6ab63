package io.claimant.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stanford CoreNLP's own quote attribution, with the annotators it requires (tokenize through coref, then
 * quote), configured as documented except that a line break ends a sentence, as it does in Claimant.
 */
final class CoreNlpQuoteEngine implements Engine {

    private StanfordCoreNLP pipeline;

    @Override
    public String name() {
        return "corenlp-quote";
    }

    @Override
    public void load() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        pipeline = new StanfordCoreNLP(props);
        // Annotators load some models on first use; a tiny document keeps that inside the timed load step.
        pipeline.annotate(new CoreDocument("“The models have loaded,” the official said."));
    }

    @Override
    public int process(List<String> texts, int threads) {
        List<Annotation> docs = new ArrayList<>();
        for (String t : texts) {
            docs.add(new Annotation(t));
        }
        AtomicInteger attributed = new AtomicInteger();
        pipeline.annotate(docs, threads, done -> {
            for (CoreQuote q : new CoreDocument(done).quotes()) {
                if (q.speaker().isPresent()) {
                    attributed.incrementAndGet();
                }
            }
        });
        return attributed.get();
    }

    @Override
    public String unit() {
        return "quotes with a speaker";
    }
}
