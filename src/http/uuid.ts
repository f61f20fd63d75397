/** Ids are UUIDs: the pattern for route parameters, and a check of input before it reaches a query. */
export const UUID_PATTERN = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

const UUID = new RegExp(`^${UUID_PATTERN}$`, 'i');

export const isUuid = (value: string | null | undefined): value is string => Boolean(value && UUID.test(value));
