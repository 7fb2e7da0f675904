#pragma once

#include "domain/ApiError.h"

#include <utility>

namespace orc::cli {

// The documented exit codes of orcli (README, man page, SKILL.md). Stable: agents branch on them.
namespace ExitCode {
enum Code : int {
    Ok = 0,
    Other = 1,        // any other failure: bad request (400/404), server trouble, bad response
    Usage = 2,        // bad command line or input file: nothing was sent
    Auth = 3,         // no API key, or the key was refused (401)
    Credits = 4,      // out of credits (402)
    Moderation = 5,   // refused by moderation or a guardrail (403)
    RateLimited = 6,  // still rate-limited (429) after the retries
    Network = 7,      // connection failure, idle timeout, or a stream cut off before its end
    OverBudget = 8,   // over budget: --max-cost or a daily/monthly budget refused the request
                      // (nothing was sent), or a run stopped at the budget (partial output kept)
    NoEndpoint = 9,   // no endpoint satisfies the routing or privacy constraints; nothing was
                      // generated (the server's 404, or a max price below every endpoint's)
    Cancelled = 130,  // interrupted with Ctrl-C (SIGINT); partial output is kept
    HungUp = 129,     // stopped by SIGHUP (128 + 1), handled like Ctrl-C
    Terminated = 143, // stopped by SIGTERM (128 + 15), handled like Ctrl-C
};
} // namespace ExitCode

// Maps a core error kind to its exit code; Kind::None gives Ok.
constexpr int exitCodeFor(ApiError::Kind kind) {
    using K = ApiError::Kind;
    constexpr std::pair<K, int> kCodes[] = {
        {K::None, ExitCode::Ok},
        {K::Config, ExitCode::Usage},
        {K::Auth, ExitCode::Auth},
        {K::Credits, ExitCode::Credits},
        {K::Moderation, ExitCode::Moderation},
        {K::RateLimited, ExitCode::RateLimited},
        {K::Network, ExitCode::Network},
        {K::Timeout, ExitCode::Network},
        {K::Truncated, ExitCode::Network},
        {K::Cancelled, ExitCode::Cancelled},
        {K::NoEndpoint, ExitCode::NoEndpoint},
        // BadRequest, NotFound, Server, InvalidResponse: Other.
    };
    for (const auto &[k, code] : kCodes)
        if (k == kind)
            return code;
    return ExitCode::Other;
}

} // namespace orc::cli
