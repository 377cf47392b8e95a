package dev.ccwconsole.cp;

/** A translated channel program, or the error the kernel would return for it. Guest mistakes are never thrown. */
public sealed interface TranslationResult {

    record Translated(TranslatedProgram program) implements TranslationResult {
    }

    record Rejected(CpError error) implements TranslationResult {
    }

    default boolean isTranslated() {
        return this instanceof Translated;
    }

    /** The program; throws IllegalStateException for a rejected one. */
    default TranslatedProgram program() {
        if (this instanceof Translated t) {
            return t.program();
        }
        throw new IllegalStateException("channel program was rejected: " + ((Rejected) this).error().describe());
    }

    /** The error; throws IllegalStateException for a translated program. */
    default CpError error() {
        if (this instanceof Rejected r) {
            return r.error();
        }
        throw new IllegalStateException("channel program was translated");
    }
}
