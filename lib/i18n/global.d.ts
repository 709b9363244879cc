import type { Locale } from "./config";
import type { Messages } from "./catalogue";

// Message keys are checked by the compiler against the English catalogue.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
