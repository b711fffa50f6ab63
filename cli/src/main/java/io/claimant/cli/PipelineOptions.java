package io.claimant.cli;

import io.claimant.Claimant;
import io.claimant.Profile;
import io.claimant.lexicon.Lexicon;
import io.claimant.lexicon.LexiconException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code --profile}, {@code --model}, {@code --steps} and {@code --lexicon}, shared by extract, eval and serve: the settings of the
 * pipeline a run builds, the same ones the Java builder takes.
 */
final class PipelineOptions {

    /**
     * What the help names as the default profile. Annotations take only constants, so it cannot be read from
     * {@link Claimant.Builder#DEFAULT_PROFILE}; a test holds the two equal.
     */
    static final String DEFAULT_PROFILE_NAME = "fast";

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--profile", paramLabel = "PROFILE", converter = ProfileConverter.class,
            description = "fast (linear models trained on PolNeAR, with the rules as features and fallbacks; "
                    + "'learned', its former name, is accepted too), accurate (a small transformer encoder fine-tuned "
                    + "on PolNeAR tags cue, source and content: better on content, boundaries and sources, at about 0.4 times the "
                    + "speed), or rules (the hand-written rules alone). Default: " + DEFAULT_PROFILE_NAME
                    + ".")
    private Profile profile;

    @Option(names = "--model", paramLabel = "FILE",
            description = "An attribution model file written by 'claimant train' (fast profile), or a folder written "
                    + "by models/training/encoder/export.py (accurate profile), instead of the shipped one. Without "
                    + "--profile, a file means the fast profile and a folder the accurate one.")
    private Path model;

    @Option(names = "--steps", paramLabel = "NAME", split = ",",
            description = "The steps after decoding (fast and accurate profiles), in order, instead of those the model's card lists: "
                    + "relative-pronoun-source, source-from-rules, quote-continuation-from-rules, "
                    + "split-coordinated-claims, outermost-only, rule-fallback; \"\" for none. Default: the model's.")
    private List<String> steps;

    @Option(names = "--lexicon", paramLabel = "DIR",
            description = "A folder of word lists that change the built-in ones: a file named like a built-in "
                    + "list replaces it, NAME.add.tsv or NAME.add.txt adds rows to it. See the README.")
    private Path folder;

    /**
     * The builder to run with. A folder, model or profile that cannot be used is a usage error (exit 2), found
     * before the other models load or any input is read.
     */
    Claimant.Builder builder() {
        Claimant.Builder builder = Claimant.builder();
        builder.profile(profile());
        if (model != null) {
            if (builder.profile() == Profile.RULES) {
                throw new ParameterException(command.commandLine(), "--model is for the fast and accurate profiles, not rules");
            }
            if (builder.profile() == Profile.ACCURATE) {
                if (!Files.isDirectory(model)) {
                    throw new ParameterException(command.commandLine(), "--model: the accurate profile reads a folder "
                            + "(encoder.json, encoder.onnx, tokenizer.json), and " + model + " is none");
                }
                try {
                    builder.encoder(model);
                } catch (UncheckedIOException e) {
                    throw new ParameterException(command.commandLine(), "--model: " + e.getMessage());
                }
            } else if (!Files.isRegularFile(model)) {
                throw new ParameterException(command.commandLine(), "--model: no such file: " + model);
            } else {
                try {
                    builder.model(model);
                } catch (UncheckedIOException e) {
                    throw new ParameterException(command.commandLine(), "--model: " + e.getMessage());
                }
            }
        }
        if (steps != null) {
            if (builder.profile() == Profile.RULES) {
                throw new ParameterException(command.commandLine(), "--steps is for the fast and accurate profiles, not rules");
            }
            try {
                builder.steps(steps.stream().filter(name -> !name.isBlank()).toList()); // "" names no step
            } catch (IllegalArgumentException e) {
                throw new ParameterException(command.commandLine(), "--steps: " + e.getMessage());
            }
        }
        if (folder != null) {
            try {
                builder.lexicon(Lexicon.load(folder));
            } catch (LexiconException e) {
                throw new ParameterException(command.commandLine(), "--lexicon: " + e.getMessage());
            }
        }
        return builder;
    }

    /**
     * The profile asked for; without one, the kind of --model says it (a file is a fast model, a folder an encoder),
     * so that {@code --model my.model} keeps meaning what it did when fast was the default.
     */
    private Profile profile() {
        if (profile != null) {
            return profile;
        }
        if (model != null) {
            return Files.isDirectory(model) ? Profile.ACCURATE : Profile.FAST;
        }
        return Claimant.Builder.DEFAULT_PROFILE;
    }

    /** The settings as a journal records them, so that a resumed run can be checked to be the same. */
    java.util.Map<String, String> describe() {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        out.put("profile", profile().id());
        out.put("model", model == null ? "" : model.toAbsolutePath().normalize().toString());
        out.put("lexicon", folder == null ? "" : folder.toAbsolutePath().normalize().toString());
        if (steps != null) {
            // Only when given, so that a journal written before the option existed still matches its own run.
            out.put("steps", String.join(",", steps));
        }
        return out;
    }

    /** Parses profile names without case, listing the valid ones on error. */
    static final class ProfileConverter implements picocli.CommandLine.ITypeConverter<Profile> {
        @Override
        public Profile convert(String value) {
            try {
                return Profile.of(value);
            } catch (IllegalArgumentException e) {
                // Without this, picocli wraps the message in "cannot convert ... (java.lang.IllegalArgumentException: ...)".
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
