#pragma once

namespace orc::fake {

// What /models serves, so that tests can change the catalogue between two refreshes.
enum class CatalogVariant {
    Normal,  // the catalogue as it is
    Changed, // a later catalogue: the 2nd model removed, "fake/new-model" added at the end, the
             // 1st model's prompt price 40 % lower, the 3rd model's context_length and
             // top_provider.max_completion_tokens doubled, the last model expiring in 10 days
    Shrunk,  // a valid list of only the first 2 models (a truncated catalogue)
    Empty,   // "data": []
    Cut,     // the first half of the normal body's bytes (not JSON)
};

} // namespace orc::fake
