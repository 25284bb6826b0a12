package dev.rallypoint.support.secrets;

import java.util.List;

/** A service was configured with secrets it must not run with. */
public class UnusableSecrets extends IllegalStateException {

    UnusableSecrets(List<String> problems) {
        super("Refusing to start: " + String.join("; ", problems)
                + ". Set them in the environment (bin/rallypoint generates them per installation into .env; see docs/runbook.md).");
    }
}
