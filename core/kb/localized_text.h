// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Text in the two languages Hitome speaks. Knowledge-base prose and rendered
// explanation findings carry both; callers pick one with in(lang).

#include <string>
#include <string_view>
#include <vector>

namespace hitome::core {

enum class Lang { En, Ja };

// Accepts "en" / "ja" (any case); returns false and leaves `lang` alone otherwise.
bool parseLang(std::string_view text, Lang& lang);
std::string_view langCode(Lang lang);

struct LocalizedText {
    std::string en;
    std::string ja;

    const std::string& in(Lang lang) const { return lang == Lang::Ja && !ja.empty() ? ja : en; }
    bool isEmpty() const { return en.empty() && ja.empty(); }
    bool isComplete() const { return !en.empty() && !ja.empty(); }
};

struct LocalizedList {
    std::vector<std::string> en;
    std::vector<std::string> ja;

    const std::vector<std::string>& in(Lang lang) const { return lang == Lang::Ja && !ja.empty() ? ja : en; }
};

}  // namespace hitome::core
