#pragma once

#include "domain/ApiError.h"

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
    Cancelled = 130,  // interrupted with Ctrl-C (SIGINT); partial output is kept
    HungUp = 129,     // stopped by SIGHUP (128 + 1), handled like Ctrl-C
    Terminated = 143, // stopped by SIGTERM (128 + 15), handled like Ctrl-C
};
} // namespace ExitCode

// Maps a core error kind to its exit code; Kind::None gives Ok.
constexpr int exitCodeFor(ApiError::Kind kind) {
    switch (kind) {
    case ApiError::Kind::None:
        return ExitCode::Ok;
    case ApiError::Kind::Config:
        return ExitCode::Usage;
    case ApiError::Kind::Auth:
        return ExitCode::Auth;
    case ApiError::Kind::Credits:
        return ExitCode::Credits;
    case ApiError::Kind::Moderation:
        return ExitCode::Moderation;
    case ApiError::Kind::RateLimited:
        return ExitCode::RateLimited;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Truncated:
        return ExitCode::Network;
    case ApiError::Kind::Cancelled:
        return ExitCode::Cancelled;
    case ApiError::Kind::BadRequest:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::NoEndpoint: // its own exit code comes with the routing flags
    case ApiError::Kind::Server:
    case ApiError::Kind::InvalidResponse:
        return ExitCode::Other;
    }
    return ExitCode::Other;
}

} // namespace orc::cli
