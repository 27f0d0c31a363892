// Where the end-to-end app runs: its port (E2E_PORT, so that runs can sit side by side) and its
// embedded database folder (outside the repository; the next run on this port removes it).
import os from "node:os";
import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATA_DIR = path.join(os.tmpdir(), `trendweb-e2e-${E2E_PORT}`);
