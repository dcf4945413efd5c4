// SPDX-License-Identifier: GPL-3.0-or-later
// The command explainer (tokenizer, cmd chains, every binary's explainer,
// the base64/inflate decoders) on arbitrary command lines, rendered as text
// and JSON in both languages: attacker-written, shown to the analyst.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string_view>
#include <vector>

#include "core/explain/command_explainer.h"
#include "core/explain/explanation_json.h"

using namespace hitome::core;

namespace {

const KnowledgeBase& knowledgeBase() {
    static const KnowledgeBase kb = [] {
        std::vector<KbDocument> docs;
        for (const auto& f : std::filesystem::directory_iterator(std::filesystem::path(HITOME_SOURCE_DIR) / "resources" / "knowledge")) {
            if (f.path().extension() != ".json") continue;
            std::ifstream in(f.path(), std::ios::binary);
            std::ostringstream text;
            text << in.rdbuf();
            docs.emplace_back(f.path().filename().string(), text.str());
        }
        std::vector<Error> problems;
        return KnowledgeBase::fromDocumentsLenient(docs, problems);
    }();
    return kb;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const CommandExplainer explainer(&knowledgeBase());
    const Explanation ex = explainer.explain(std::string_view(reinterpret_cast<const char*>(data), size));
    for (const Lang lang : {Lang::En, Lang::Ja}) {
        (void)explanationToText(ex, lang);
        (void)explanationToJson(ex, lang).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    return 0;
}
