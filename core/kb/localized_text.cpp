// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kb/localized_text.h"

#include "core/util/text.h"

namespace hitome::core {

bool parseLang(std::string_view text, Lang& lang) {
    if (equalsNoCase(text, "en")) {
        lang = Lang::En;
        return true;
    }
    if (equalsNoCase(text, "ja")) {
        lang = Lang::Ja;
        return true;
    }
    return false;
}

std::string_view langCode(Lang lang) { return lang == Lang::Ja ? "ja" : "en"; }

}  // namespace hitome::core
