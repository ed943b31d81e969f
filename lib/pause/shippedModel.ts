import shipped from './model.json';
import type { ShippedModel } from './modelTypes';

/**
 * The pause's model as it ships in the extension, in its packed form. Imported by the
 * background (which hands it to the content scripts by message), the tests and the bench;
 * never by the content script itself, whose size budget it would break (it is ~173 kB gzipped).
 */
export const SHIPPED_MODEL: ShippedModel = shipped;
