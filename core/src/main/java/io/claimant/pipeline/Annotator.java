package io.claimant.pipeline;

import io.claimant.document.Document;
import io.claimant.document.Layer;

import java.util.Set;

/**
 * One step of a pipeline. Implementations must be thread-safe: a built pipeline calls {@link #annotate}
 * from several threads at once. Models are loaded in the constructor, once.
 */
public interface Annotator extends AutoCloseable {

    /** Layers that must be present before this annotator runs. */
    Set<Layer> requires();

    /** Layers this annotator adds. */
    Set<Layer> provides();

    Document annotate(Document document);

    default String name() {
        return getClass().getSimpleName();
    }

    @Override
    default void close() {
    }
}
