#include "engine/dateline.hpp"

#include <array>
#include <cstdio>
#include <vector>

#include "engine/document.hpp"
#include "grammar/ascii.hpp"

namespace claimcheck::engine {

namespace {
namespace ascii = grammar::ascii;

struct word {
    std::string_view text;  ///< letters or digits only
    bool digits = false;
};

/// 1..12 for a month's name or its abbreviation (lower case, a '.' already dropped), else 0.
int month_of(std::string_view w) {
    static constexpr std::array<std::string_view, 12> full = {"january", "february", "march",     "april",   "may",      "june",
                                                               "july",    "august",   "september", "october", "november", "december"};
    for (std::size_t m = 0; m < full.size(); ++m) {
        if (w == full[m]) return static_cast<int>(m) + 1;
        if (w.size() == 3 && full[m].starts_with(w)) return static_cast<int>(m) + 1;
    }
    if (w == "sept") return 9;
    return 0;
}

bool is_weekday(std::string_view w) {
    static constexpr std::array<std::string_view, 7> days = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    for (std::string_view d : days)
        if (w == d || (w.size() == 3 && d.starts_with(w)) || (w.size() == 4 && d.starts_with(w) && w != "sund")) return true;
    return false;
}

/// Words a date line holds beside its date: when it was posted, times and zones.
bool is_date_word(std::string_view w) {
    static constexpr std::array<std::string_view, 28> known = {
        "posted", "updated", "published", "modified", "last", "on", "at", "by",  "am",  "pm",
        "gmt",    "utc",     "bst",       "cet",      "cest", "est", "edt", "cst", "cdt", "mst",
        "mdt",    "pst",     "pdt",       "ist",      "hkt",  "et",  "th",  "and"};
    for (std::string_view k : known)
        if (w == k) return true;
    return false;
}

/// The number a word of digits writes; -1 for more than four digits (no part of a date, and a
/// long run would overflow: "61666663" in a fuzzed line).
int number(std::string_view w) {
    if (w.size() > 4) return -1;
    int n = 0;
    for (char c : w) n = n * 10 + (c - '0');
    return n;
}

/// A day of the month written "14", "15th", "1st": its number, else 0.
int day_of(const word& w) {
    std::string_view t = w.text;
    std::size_t d = 0;
    while (d < t.size() && ascii::is_digit(t[d])) ++d;
    if (d == 0 || d > 2) return 0;
    const std::string_view rest = t.substr(d);
    if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return 0;
    const int n = number(t.substr(0, d));
    return n >= 1 && n <= 31 ? n : 0;
}

int year_of(const word& w) {
    if (!w.digits || w.text.size() != 4) return 0;
    const int y = number(w.text);
    return y >= 1900 && y <= 2099 ? y : 0;
}

std::string iso(int y, int m, int d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}
}  // namespace

namespace {
/// date_of_line, with the other reading of a date in digits whose two first numbers may each be
/// the month ("01/06/2025": January 6 or June 1) in `other` (empty where there is none).
std::optional<std::string> read_date_line(std::string_view line, std::string* other_reading);

/// 0 (Sunday) to 6 of an ISO date (Sakamoto's method).
int weekday_of(std::string_view iso_date) {
    int y = std::atoi(std::string(iso_date.substr(0, 4)).c_str());
    const int m = std::atoi(std::string(iso_date.substr(5, 2)).c_str());
    const int d = std::atoi(std::string(iso_date.substr(8, 2)).c_str());
    static constexpr int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (m < 3) y -= 1;
    return (y + y / 4 - y / 100 + y / 400 + t[(m + 11) % 12] + d) % 7;
}
}  // namespace

std::optional<std::string> date_of_line(std::string_view line) { return read_date_line(line, nullptr); }

namespace {
std::optional<std::string> read_date_line(std::string_view line, std::string* other_reading) {
    if (line.size() > 100) return std::nullopt;
    // the words, in lower case (a run of letters or of digits each; "15th" is one, "6:13" two)
    std::string low(line);
    for (char& c : low) c = ascii::to_lower(c);
    std::vector<word> words;
    std::vector<std::size_t> at;  // where each word starts in the line
    for (std::size_t i = 0; i < low.size();) {
        if (!ascii::is_alnum(low[i])) {
            ++i;
            continue;
        }
        std::size_t e = i;
        while (e < low.size() && ascii::is_alnum(low[e])) ++e;
        const std::string_view w = std::string_view(low).substr(i, e - i);
        bool digits = true;
        for (char c : w) digits = digits && ascii::is_digit(c);
        words.push_back({w, digits});
        at.push_back(i);
        i = e;
    }
    std::optional<std::string> date;
    std::vector<bool> used(words.size(), false);
    for (std::size_t k = 0; k < words.size() && !date; ++k) {
        // "March 14, 2013", "Dec 15th, 2008"
        if (int m = month_of(words[k].text); m && k + 2 < words.size()) {
            const int d = day_of(words[k + 1]), y = year_of(words[k + 2]);
            if (d && y) {
                date = iso(y, m, d);
                used[k] = used[k + 1] = used[k + 2] = true;
                continue;
            }
        }
        // "16 December 2008", "11 Nov 2011"
        if (int d = day_of(words[k]); d && k + 2 < words.size()) {
            const int m = month_of(words[k + 1].text), y = year_of(words[k + 2]);
            if (m && y) {
                date = iso(y, m, d);
                used[k] = used[k + 1] = used[k + 2] = true;
                continue;
            }
        }
        // "4 / 9 / 2007", "03/14/2013" (month first, as American sites write it), "2013-03-14"
        if (words[k].digits && k + 2 < words.size() && words[k + 1].digits && words[k + 2].digits) {
            const std::string_view between1 = std::string_view(low).substr(at[k] + words[k].text.size(), at[k + 1] - at[k] - words[k].text.size());
            const std::string_view between2 =
                std::string_view(low).substr(at[k + 1] + words[k + 1].text.size(), at[k + 2] - at[k + 1] - words[k + 1].text.size());
            auto sep = [](std::string_view s, char c) {
                std::size_t n = 0;
                for (char x : s)
                    if (x == c) ++n;
                    else if (x != ' ') return false;
                return n == 1;
            };
            // (day first where the first number cannot be a month: "21/02/2025"; and always with
            // dots or hyphens, as European sites write it: "02.10.2025 15:47", "02-10-2025")
            const bool slashes = sep(between1, '/') && sep(between2, '/');
            const bool dots = (sep(between1, '.') && sep(between2, '.')) || (sep(between1, '-') && sep(between2, '-') && !year_of(words[k]));
            if (slashes || dots) {
                int m = number(words[k].text), d = number(words[k + 1].text);
                const int y = year_of(words[k + 2]);
                if (dots || m > 12) std::swap(m, d);
                if (words[k].text.size() <= 2 && words[k + 1].text.size() <= 2 && m >= 1 && m <= 12 && d >= 1 && d <= 31 && y) {
                    date = iso(y, m, d);
                    if (other_reading && slashes && m != d && d <= 12) *other_reading = iso(y, d, m);
                    used[k] = used[k + 1] = used[k + 2] = true;
                    continue;
                }
            }
            if (sep(between1, '-') && sep(between2, '-') && year_of(words[k])) {
                const int m = number(words[k + 1].text), d = number(words[k + 2].text);
                if (words[k + 1].text.size() == 2 && words[k + 2].text.size() == 2 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
                    date = iso(number(words[k].text), m, d);
                    used[k] = used[k + 1] = used[k + 2] = true;
                    continue;
                }
            }
        }
    }
    if (!date) return std::nullopt;
    // little else: a sentence that names a date is no date line
    int other = 0, lower_other = 0;
    for (std::size_t k = 0; k < words.size(); ++k) {
        if (used[k] || words[k].digits || is_weekday(words[k].text) || month_of(words[k].text) || is_date_word(words[k].text)) continue;
        // a time glued to its half of the day ("05.51AM", "7:07AM": the digits are a word of their own)
        if (ascii::is_digit(words[k].text[0])) continue;
        ++other;
        if (ascii::is_lower(line[at[k]])) ++lower_other;
    }
    if (other > 3 || lower_other > 1) return std::nullopt;
    return date;
}
}  // namespace

std::optional<std::string> dateline_date(const document& doc) {
    const std::string& text = doc.folded.text;
    // "01/06/2025" is June 1 on a French site and January 6 on an American one: the weekday the
    // report names settles it ("showed Sunday": June 1, 2025 was a Sunday), the day itself or the
    // one before (a report of Sunday's event, dated Monday); month first where none settles it
    auto settled = [&](std::string date, const std::string& other) {
        if (other.empty()) return date;
        static constexpr std::string_view days[] = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
        bool named[7] = {};
        std::size_t read = 0;
        for (const auto& [b, e] : doc.paragraphs) {
            if (read++ == 6) break;
            const std::string_view low = std::string_view(doc.folded.lower).substr(b, e - b);
            for (int k = 0; k < 7; ++k)
                if (low.find(days[k]) != std::string_view::npos) named[k] = true;
        }
        // (the day itself before the day before)
        auto fits = [&](const std::string& iso_date) {
            const int w = weekday_of(iso_date);
            return named[w] ? 2 : named[(w + 6) % 7] ? 1 : 0;
        };
        return fits(other) > fits(date) ? other : date;
    };
    std::size_t n = 0;
    for (const auto& [b, e] : doc.paragraphs) {
        if (n++ == 4) break;
        const std::string_view line = std::string_view(text).substr(b, e - b);
        std::string other;
        if (auto d = read_date_line(line, &other)) return settled(*d, other);
        // a wire dateline that opens the lead: "QUETTA, Pakistan, Jan 10 2013 (Reuters) - A car bomb
        // ...", "LONDON, March 3, 2024 - ..." (the place in capitals, the date before the agency or dash)
        if (line.size() > 8 && ascii::is_upper(line[0]) && ascii::is_upper(line[1]) && ascii::is_upper(line[2])) {
            std::size_t stop = std::string_view::npos;
            for (std::string_view mark : {" (", " - ", " -- ", " \xE2\x80\x94", " \xE2\x80\x93"}) {
                const std::size_t at = line.find(mark);
                if (at != std::string_view::npos && at < stop) stop = at;
            }
            if (stop != std::string_view::npos && stop <= 80)
                if (auto d = read_date_line(line.substr(0, stop), &other)) return settled(*d, other);
        }
    }
    return std::nullopt;
}

}  // namespace claimcheck::engine
