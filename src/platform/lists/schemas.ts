import { type TSchema, Type } from 'typebox';

/**
 * The body of an offset-paged API list: its items, the total of matching rows, the page and its
 * size, and the links to this page and its neighbours (`offsetLinks`).
 */
export function offsetPageSchema<T extends TSchema>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    total: Type.Integer(),
    page: Type.Integer(),
    pageSize: Type.Integer(),
    links: Type.Object({
      self: Type.String(),
      next: Type.Optional(Type.String()),
      prev: Type.Optional(Type.String()),
    }),
  });
}
