package io.claimant.cli;

import io.claimant.lexicon.Lexicon;
import io.claimant.lexicon.LexiconException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;

/** {@code --lexicon DIR}, shared by extract and eval: a folder of word lists that replace or extend the built-in ones. */
final class LexiconOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--lexicon", paramLabel = "DIR",
            description = "A folder of word lists that change the built-in ones: a file named like a built-in "
                    + "list replaces it, NAME.add.tsv or NAME.add.txt adds rows to it. See the README.")
    private Path folder;

    /**
     * The lexicon to run with. A folder that cannot be used is a usage error (exit 2), found before any model
     * loads or any input is read.
     */
    Lexicon load() {
        if (folder == null) {
            return Lexicon.builtIn();
        }
        try {
            return Lexicon.load(folder);
        } catch (LexiconException e) {
            throw new ParameterException(command.commandLine(), "--lexicon: " + e.getMessage());
        }
    }
}
