export { createGemeenten, createMembers, createUser, type TUserSpec } from "./factories.ts";
export { createEmptyDatabase, createTestDatabase, TEMPLATE_DATABASE, type TestDatabase } from "./test-database.ts";
