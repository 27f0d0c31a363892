import { parseEnv } from "@trendweb/config";
import { z } from "zod";

const ZCollabEnv = z.object({
  COLLAB_PORT: z.coerce
    .number({ error: "moet een poortnummer zijn, bijvoorbeeld 1234" })
    .int("moet een poortnummer zijn, bijvoorbeeld 1234")
    .min(0, "moet een poortnummer zijn, bijvoorbeeld 1234")
    .max(65535, "moet een poortnummer zijn, bijvoorbeeld 1234")
    .default(1234),
  COLLAB_HOST: z.string().default("localhost"),
});

export type TCollabEnv = z.infer<typeof ZCollabEnv>;

export function readCollabEnv(): TCollabEnv {
  return parseEnv(ZCollabEnv, process.env);
}
