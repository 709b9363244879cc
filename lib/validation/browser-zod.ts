import { z } from "zod";

/**
 * Import this first in client modules that parse with zod. zod's fast path compiles parsers
 * with `new Function`; under the app's CSP (no 'unsafe-eval', lib/http/security-headers.ts) its
 * probe for that is reported as a `securitypolicyviolation` even though zod catches it.
 * Jitless parsing never probes. The server is unaffected (this runs only where imported).
 */
z.config({ jitless: true });
