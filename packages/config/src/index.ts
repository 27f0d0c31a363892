export { parseEnv, ConfigError } from "./parse-env.ts";
