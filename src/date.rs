//! Calendar dates as people and files write them: strict `YYYY-MM-DD` for rule files, and the
//! forms people type (day-first, or a month alone) for answers. Errors are data, so each
//! caller says them in its reader's language. A leaf: it imports nothing from the crate.

use jiff::civil::Date;

/// The earliest date requal accepts anywhere: no rule, exam or answer is older, and year 0000
/// is always a slip.
pub const EARLIEST: Date = jiff::civil::date(1900, 1, 1);

/// Today's date where the person is. Reads only the one time-zone file that applies (`TZ`, else
/// `/etc/localtime`): finding the zone by name would walk the whole time-zone database, which
/// costs more than making a plan. Falls back to UTC.
pub fn today_local() -> Date {
    let from_file = |path: &std::path::Path| {
        std::fs::read(path).ok().and_then(|bytes| jiff::tz::TimeZone::tzif("local", &bytes).ok())
    };
    let zone = match std::env::var("TZ").ok().map(|t| t.trim_start_matches(':').to_owned()).filter(|t| !t.is_empty()) {
        Some(tz) if tz.starts_with('/') => from_file(std::path::Path::new(&tz)),
        // A zone name: its file, and nothing else, read from the usual place.
        Some(tz) if !tz.contains("..") => from_file(&std::path::Path::new("/usr/share/zoneinfo").join(&tz)),
        Some(_) => None,
        None => from_file(std::path::Path::new("/etc/localtime")),
    };
    jiff::Timestamp::now().to_zoned(zone.unwrap_or(jiff::tz::TimeZone::UTC)).date()
}

/// Why a text is not a date. `Display` gives the English sentence a rule maintainer reads; a
/// participant's copy comes from the interface catalogue, keyed by [`DateError::id`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// Not written `YYYY-MM-DD` (rule files).
    Shape { text: String },
    /// Not written in any form a person may use (answers).
    PersonShape { text: String },
    /// A month number outside 1–12.
    NoMonth { text: String, month: i16 },
    /// A day the month does not have.
    NoDay { text: String, year: i16, month: i8, days: i8 },
    /// A year outside what the calendar handles.
    NotReal { text: String },
    /// Before [`EARLIEST`].
    TooEarly { date: Date },
}

impl DateError {
    /// The catalogue's message id for this error.
    pub fn id(&self) -> &'static str {
        match self {
            DateError::Shape { .. } => "date-error-shape",
            DateError::PersonShape { .. } => "date-error-person-shape",
            DateError::NoMonth { .. } => "date-error-no-month",
            DateError::NoDay { .. } => "date-error-no-day",
            DateError::NotReal { .. } => "date-error-not-real",
            DateError::TooEarly { .. } => "date-error-too-early",
        }
    }

    /// The arguments the catalogue's message takes, as (name, text or number) pairs.
    pub fn args(&self) -> Vec<(&'static str, DateArg)> {
        match self {
            DateError::Shape { text } | DateError::PersonShape { text } | DateError::NotReal { text } => {
                vec![("value", DateArg::Text(text.clone()))]
            }
            DateError::NoMonth { text, month } => {
                vec![("value", DateArg::Text(text.clone())), ("month", DateArg::Number(i32::from(*month)))]
            }
            DateError::NoDay { text, year, month, days } => vec![
                ("value", DateArg::Text(text.clone())),
                ("year", DateArg::Text(year.to_string())),
                ("month", DateArg::Number(i32::from(*month))),
                ("days", DateArg::Number(i32::from(*days))),
            ],
            DateError::TooEarly { date } => {
                vec![("value", DateArg::Text(date.to_string())), ("earliest", DateArg::Text(EARLIEST.to_string()))]
            }
        }
    }
}

/// One argument of a [`DateError`] message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateArg {
    Text(String),
    Number(i32),
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl std::fmt::Display for DateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DateError::Shape { text } => {
                write!(f, "expected a date written year-month-day, like 2026-03-15 for 15 March 2026, got `{text}`")
            }
            DateError::PersonShape { text } => {
                write!(f, "`{text}` is not a date we can read: write it like 10/05/2026, 2026-05-10 or May 2026")
            }
            DateError::NoMonth { text, month } => write!(f, "`{text}` is not a real date: there is no month {month}"),
            DateError::NoDay { text, year, month, days } => {
                let name = MONTHS[usize::try_from(*month - 1).unwrap_or(0).min(11)];
                write!(f, "`{text}` is not a real date: {name} {year} has {days} days")
            }
            DateError::NotReal { text } => write!(f, "`{text}` is not a real date"),
            DateError::TooEarly { date } => write!(f, "{date} is before {EARLIEST}: check the year"),
        }
    }
}

impl std::error::Error for DateError {}

/// `d`, unless it is before [`EARLIEST`].
pub fn plausible(d: Date) -> Result<Date, DateError> {
    if d < EARLIEST { Err(DateError::TooEarly { date: d }) } else { Ok(d) }
}

/// Parses `YYYY-MM-DD` strictly: the one form rule files use.
pub fn parse_date(s: &str) -> Result<Date, DateError> {
    let bytes = s.as_bytes();
    let shape_ok = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes.iter().enumerate().all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shape_ok {
        return Err(DateError::Shape { text: s.to_owned() });
    }
    let number = |range: std::ops::Range<usize>| s[range].parse::<i16>().unwrap_or(0);
    day_of(s, number(0..4), number(5..7), number(8..10))
}

/// How much of a date a person gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    Day,
    /// The month alone: the date held is the month's first day, the earliest it can be, so a
    /// time limit counted from it is reached soonest (the safe side).
    Month,
}

/// A date as a person gave it: a day, or a month alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PersonDate {
    pub date: Date,
    pub precision: Precision,
}

impl PersonDate {
    /// A whole date.
    pub fn day(date: Date) -> Self {
        Self { date, precision: Precision::Day }
    }
}

impl std::fmt::Display for PersonDate {
    /// `2026-05-10`, or `2026-05` for a month alone: the forms the answers file stores.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.precision {
            Precision::Day => write!(f, "{}", self.date),
            Precision::Month => write!(f, "{:04}-{:02}", self.date.year(), self.date.month()),
        }
    }
}

/// Parses a date as people write it: `2026-05-10`, the UK's day-first `10/05/2026` (also with
/// `.` or `-`), `10 May 2026`, or a month alone: `2026-05`, `05/2026`, `May 2026`.
pub fn parse_person_date(s: &str) -> Result<PersonDate, DateError> {
    let t = s.trim();
    let shape = || DateError::PersonShape { text: s.to_owned() };
    let digits = |p: &str| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit());
    let num = |p: &str| p.parse::<i16>().unwrap_or(0);
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.len() >= 2 && words.iter().any(|w| w.chars().any(char::is_alphabetic)) {
        // `May 2026` or `10 May 2026`.
        let (day, name, year) = match words.as_slice() {
            [name, year] => (None, *name, *year),
            [day, name, year] if digits(day) && day.len() <= 2 => (Some(num(day)), *name, *year),
            _ => return Err(shape()),
        };
        let month = month_named(name).ok_or_else(shape)?;
        if !(digits(year) && year.len() == 4) {
            return Err(shape());
        }
        return match day {
            Some(d) => day_of(s, num(year), month, d).map(PersonDate::day),
            None => month_of(s, num(year), month),
        };
    }
    let parts: Vec<&str> = t.split(['-', '/', '.']).collect();
    if !parts.iter().all(|p| digits(p)) {
        return Err(shape());
    }
    let separator = t.bytes().find(|b| matches!(b, b'-' | b'/' | b'.'));
    match parts.as_slice() {
        // Year first is ISO, and only with hyphens.
        [y, m, d] if y.len() == 4 && separator == Some(b'-') && m.len() <= 2 && d.len() <= 2 => {
            day_of(s, num(y), num(m), num(d)).map(PersonDate::day)
        }
        [y, m] if y.len() == 4 && separator == Some(b'-') && m.len() <= 2 => month_of(s, num(y), num(m)),
        // Day first, as the UK writes it.
        [d, m, y] if y.len() == 4 && d.len() <= 2 && m.len() <= 2 => {
            day_of(s, num(y), num(m), num(d)).map(PersonDate::day)
        }
        [m, y] if y.len() == 4 && m.len() <= 2 => month_of(s, num(y), num(m)),
        _ => Err(shape()),
    }
}

/// The month an English name or its first three letters names (`May`, `sept`, `Sep`).
fn month_named(word: &str) -> Option<i16> {
    let w = word.trim_end_matches([',', '.']).to_lowercase();
    if w.chars().count() < 3 {
        return None;
    }
    let i = MONTHS.iter().position(|m| m.to_lowercase().starts_with(&w))?;
    i16::try_from(i + 1).ok()
}

fn day_of(text: &str, year: i16, month: i16, day: i16) -> Result<Date, DateError> {
    if !(1..=12).contains(&month) {
        return Err(DateError::NoMonth { text: text.to_owned(), month });
    }
    let month = i8::try_from(month).unwrap_or(1);
    let first = Date::new(year, month, 1).map_err(|_| DateError::NotReal { text: text.to_owned() })?;
    let days = first.days_in_month();
    if day < 1 || day > i16::from(days) {
        return Err(DateError::NoDay { text: text.to_owned(), year, month, days });
    }
    let date = Date::new(year, month, i8::try_from(day).unwrap_or(1))
        .map_err(|_| DateError::NotReal { text: text.to_owned() })?;
    plausible(date)
}

fn month_of(text: &str, year: i16, month: i16) -> Result<PersonDate, DateError> {
    let date = day_of(text, year, month, 1)?;
    Ok(PersonDate { date, precision: Precision::Month })
}

#[cfg(test)]
mod tests {
    use super::{Precision, parse_date, parse_person_date};

    #[test]
    fn impossible_dates_are_explained_in_words() {
        let say = |s: &str| parse_date(s).unwrap_err().to_string();
        assert_eq!(say("2026-02-30"), "`2026-02-30` is not a real date: February 2026 has 28 days");
        assert_eq!(say("2028-02-30"), "`2028-02-30` is not a real date: February 2028 has 29 days");
        assert_eq!(say("2026-13-01"), "`2026-13-01` is not a real date: there is no month 13");
        assert_eq!(
            say("1/3/2026"),
            "expected a date written year-month-day, like 2026-03-15 for 15 March 2026, got `1/3/2026`"
        );
        assert_eq!(parse_date("2026-03-01").unwrap().to_string(), "2026-03-01");
        assert_eq!(say("0000-01-01"), "0000-01-01 is before 1900-01-01: check the year");
    }

    #[test]
    fn people_may_write_day_first_or_a_month_alone() {
        let read = |s: &str| parse_person_date(s).map(|d| (d.to_string(), d.precision));
        assert_eq!(read("2026-05-10"), Ok(("2026-05-10".into(), Precision::Day)));
        assert_eq!(read("10/05/2026"), Ok(("2026-05-10".into(), Precision::Day)), "UK order is day first");
        assert_eq!(read("1.5.2026"), Ok(("2026-05-01".into(), Precision::Day)));
        assert_eq!(read("10 May 2026"), Ok(("2026-05-10".into(), Precision::Day)));
        assert_eq!(read("2026-05"), Ok(("2026-05".into(), Precision::Month)));
        assert_eq!(read("05/2026"), Ok(("2026-05".into(), Precision::Month)));
        assert_eq!(read("May 2026"), Ok(("2026-05".into(), Precision::Month)));
        assert_eq!(read(" sept 2025 "), Ok(("2025-09".into(), Precision::Month)));
        assert_eq!(
            parse_person_date("2026-05").unwrap().date.to_string(),
            "2026-05-01",
            "a month counts from its first day"
        );
        for bad in
            ["10/05/26", "ma 2026", "2026/05/10", "31/02/2026", "13/2026", "", "May", "10 10 10 2026", "2026-05-10-01"]
        {
            assert!(parse_person_date(bad).is_err(), "{bad} should not be read as a date");
        }
        assert_eq!(
            parse_person_date("31/02/2026").unwrap_err().to_string(),
            "`31/02/2026` is not a real date: February 2026 has 28 days"
        );
    }
}
