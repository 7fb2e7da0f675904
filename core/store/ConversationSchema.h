#pragma once

#include "store/Database.h"

namespace orc::ConversationSchema {

// The numbered migrations of conversations.sqlite: [0] builds schema 1, [i] brings i to i + 1.
//   1: conversations and message trees;
//   2: full-text search (FTS5) over content and reasoning;
//   3: messages keep their structured fields in the store's own JSON (MessageFormat) in `body`,
//      converted in place from schema 2's wire-shaped `attachments` and `usage` columns.
QList<Database::Migration> migrations();

} // namespace orc::ConversationSchema
