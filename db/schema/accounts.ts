// Users, organisations (factory, agent, partner, platform) and who belongs to which.
import { relations } from "drizzle-orm";
import { index, integer, pgTable, primaryKey, serial, text, timestamp, uniqueIndex, varchar } from "drizzle-orm/pg-core";
import { memberRole, organisationKind, userRole } from "./enums";

export const users = pgTable(
  "users",
  {
    id: serial("id").primaryKey(),
    email: varchar("email", { length: 254 }).notNull(),
    name: varchar("name", { length: 120 }).notNull(),
    passwordHash: text("password_hash"),
    role: userRole("role").notNull().default("buyer"),
    company: varchar("company", { length: 160 }),
    country: varchar("country", { length: 2 }),
    locale: varchar("locale", { length: 5 }).notNull().default("en"),
    currency: varchar("currency", { length: 3 }).notNull().default("USD"),
    emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email_key").on(t.email)],
);

export const sessions = pgTable(
  "sessions",
  {
    id: varchar("id", { length: 64 }).primaryKey(), // hash of the cookie token
    userId: integer("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    activeOrganisationId: integer("active_organisation_id").references(() => organisations.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const organisations = pgTable(
  "organisations",
  {
    id: serial("id").primaryKey(),
    kind: organisationKind("kind").notNull(),
    slug: varchar("slug", { length: 80 }).notNull(),
    name: varchar("name", { length: 160 }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("organisations_slug_key").on(t.slug), index("organisations_kind_idx").on(t.kind)],
);

export const memberships = pgTable(
  "memberships",
  {
    organisationId: integer("organisation_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    userId: integer("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    role: memberRole("role").notNull().default("member"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.userId] }), index("memberships_user_idx").on(t.userId)],
);

/** Mail the app would send (password reset, invitations): the development outbox. */
export const outboxEmails = pgTable("outbox_emails", {
  id: serial("id").primaryKey(),
  to: varchar("to", { length: 254 }).notNull(),
  subject: text("subject").notNull(),
  body: text("body").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  sentAt: timestamp("sent_at", { withTimezone: true }),
});

export const usersRelations = relations(users, ({ many }) => ({ memberships: many(memberships), sessions: many(sessions) }));
export const organisationsRelations = relations(organisations, ({ many }) => ({ memberships: many(memberships) }));
export const membershipsRelations = relations(memberships, ({ one }) => ({
  user: one(users, { fields: [memberships.userId], references: [users.id] }),
  organisation: one(organisations, { fields: [memberships.organisationId], references: [organisations.id] }),
}));

export type User = typeof users.$inferSelect;
export type Organisation = typeof organisations.$inferSelect;
