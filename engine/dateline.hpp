#pragma once
// The date a plain-text article gives on a line of its own near its top: "Thursday, March 14,
// 2013", "Published: April 10, 2007", "Updated 4 / 9 / 2007 6:04 PM", "Fri, 11 Nov 2011 at
// 09:56 IST". Articles saved from the web keep such a line; it dates the report as a JSON Lines
// record's "published" does (story scoping keeps reports of days far apart apart, and a group of
// dated reports reads as a timeline).
#include <optional>
#include <string>
#include <string_view>

namespace claimcheck::engine {

struct document;

/// The ISO date (YYYY-MM-DD) of `line` when it is a date line: it holds a full date (month by
/// name with day and year, either order, or month/day/year in digits, or YYYY-MM-DD) and little
/// else (times, weekdays, "posted", "updated", "by" and up to three other words, at most one of
/// them in lower case): a sentence that names a date is no date line.
std::optional<std::string> date_of_line(std::string_view line);

/// The date of the first date line among the first four paragraphs of `doc` (folded text).
std::optional<std::string> dateline_date(const document& doc);

}  // namespace claimcheck::engine
