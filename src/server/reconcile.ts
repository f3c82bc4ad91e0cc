// The default rebuild after a write: the reconcile stage over the whole store.

import { reconcileStore } from "../reconcile/index.js";
import type { Store } from "../store/store.js";

export async function defaultReconcile(store: Store): Promise<void> {
  await reconcileStore(store);
}
