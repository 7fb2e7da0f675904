#pragma once

#include "store/Database.h"

namespace orc::ConversationSchema {

// The numbered migrations of conversations.sqlite: [0] builds schema 1, [i] brings i to i + 1.
//   1: conversations and message trees;
//   2: full-text search (FTS5) over content and reasoning;
//   3: messages keep their structured fields in the store's own JSON (MessageFormat) in `body`,
//      converted from schema 2's wire-shaped `attachments`, `usage` and `error` columns by one
//      INSERT ... SELECT into a rebuilt table, inside the migration's transaction.
QList<Database::Migration> migrations();

} // namespace orc::ConversationSchema
