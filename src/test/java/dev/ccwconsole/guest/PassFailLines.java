package dev.ccwconsole.guest;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** Prints one {@code PASS:}/{@code FAIL:} line per guest check, the harness's contract with whoever reads CI logs. */
public final class PassFailLines implements TestWatcher {

    @Override
    public void testSuccessful(ExtensionContext context) {
        System.out.println("PASS: " + context.getDisplayName());
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        System.out.println("FAIL: " + context.getDisplayName() + " -- " + cause.getMessage());
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        System.out.println("FAIL: " + context.getDisplayName() + " (not run: " + cause.getMessage() + ")");
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        System.out.println("FAIL: " + context.getDisplayName() + " (disabled)");
    }
}
