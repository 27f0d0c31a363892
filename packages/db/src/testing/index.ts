export { createEmptyDatabase, createTestDatabase, TEMPLATE_DATABASE, type TestDatabase } from "./test-database.ts";
