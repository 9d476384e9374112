#pragma once

// Helpers the harnesses share: a per-process temporary file for parsers that take only a path,
// and a loud failure for a broken contract (a parser that returns normally but wrongly).

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <unistd.h>

namespace HoneFuzz {

// Stops the run as a crash, so libFuzzer keeps the input as a finding.
[[noreturn]] inline void contractBroken(const char *what)
{
    std::fprintf(stderr, "HONE FUZZ: contract broken: %s\n", what);
    std::abort();
}

inline void check(bool ok, const char *what)
{
    if (!ok)
        contractBroken(what);
}

// With HONE_FUZZ_VERBOSE set (e.g. `HONE_FUZZ_VERBOSE=1 ./fuzz_csv seed.csv`), says what the
// parser made of each input: the quick way to see why a seed is refused.
inline void report(bool ok, const std::string &what)
{
    static const bool verbose = std::getenv("HONE_FUZZ_VERBOSE") != nullptr;
    if (verbose)
        std::fprintf(stderr, "HONE FUZZ: %s: %s\n", ok ? "accepted" : "refused", what.c_str());
}

// A file in /dev/shm (else $TMPDIR or /tmp) named after the harness and the process, removed
// when the process exits.
inline const char *tempPath(const char *tag)
{
    static char path[512];
    if (!path[0]) {
        const char *dir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : std::getenv("TMPDIR");
        std::snprintf(path, sizeof path, "%s/hone-fuzz-%s-%ld", dir && *dir ? dir : "/tmp", tag,
                      static_cast<long>(getpid()));
        std::atexit([] { std::remove(path); });
    }
    return path;
}

// Writes bytes to tempPath(tag) and returns the path; aborts when the file cannot be written,
// because a silently empty file would make the whole run meaningless.
inline std::string writeTemp(const char *tag, const void *data, size_t size)
{
    const char *path = tempPath(tag);
    std::FILE *f = std::fopen(path, "wb");
    if (!f || (size && std::fwrite(data, 1, size, f) != size) || std::fclose(f) != 0) {
        std::perror(path);
        std::abort();
    }
    return path;
}

} // namespace HoneFuzz
