package io.claimant.cli;

import io.claimant.pipeline.ByteSizes;
import picocli.CommandLine;

/** {@code --max-bytes} values such as {@code 10M}, read by {@link ByteSizes} as the Spark job reads them. */
final class ByteSizeConverter implements CommandLine.ITypeConverter<Long> {

    @Override
    public Long convert(String value) {
        try {
            return ByteSizes.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
