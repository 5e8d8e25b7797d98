//! Calendar dates as people and files write them: strict `YYYY-MM-DD` parsing with messages a
//! person can act on. A leaf: it imports nothing from the crate.

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

/// `d`, unless it is before [`EARLIEST`].
pub fn plausible(d: Date) -> Result<Date, String> {
    if d < EARLIEST { Err(format!("{d} is before {EARLIEST}: check the year")) } else { Ok(d) }
}

/// Parses `YYYY-MM-DD` strictly, with a message a person can act on.
pub fn parse_date(s: &str) -> Result<Date, String> {
    let bytes = s.as_bytes();
    let shape_ok = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes.iter().enumerate().all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shape_ok {
        return Err(format!("expected a date written year-month-day, like 2026-03-15 for 15 March 2026, got `{s}`"));
    }
    let number = |range: std::ops::Range<usize>| s[range].parse::<i16>().unwrap_or(0);
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
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
    if !(1..=12).contains(&month) {
        return Err(format!("`{s}` is not a real date: there is no month {month}"));
    }
    let first = Date::new(year, month as i8, 1).map_err(|_| format!("`{s}` is not a real date"))?;
    let days = first.days_in_month();
    if day < 1 || day > i16::from(days) {
        let name = MONTHS[usize::try_from(month - 1).unwrap_or(0)];
        return Err(format!("`{s}` is not a real date: {name} {year} has {days} days"));
    }
    s.parse::<Date>().map_err(|_| format!("`{s}` is not a real date")).and_then(plausible)
}

#[cfg(test)]
mod tests {
    use super::parse_date;

    #[test]
    fn impossible_dates_are_explained_in_words() {
        assert_eq!(parse_date("2026-02-30").unwrap_err(), "`2026-02-30` is not a real date: February 2026 has 28 days");
        assert_eq!(parse_date("2028-02-30").unwrap_err(), "`2028-02-30` is not a real date: February 2028 has 29 days");
        assert_eq!(parse_date("2026-13-01").unwrap_err(), "`2026-13-01` is not a real date: there is no month 13");
        assert_eq!(
            parse_date("1/3/2026").unwrap_err(),
            "expected a date written year-month-day, like 2026-03-15 for 15 March 2026, got `1/3/2026`"
        );
        assert_eq!(parse_date("2026-03-01").unwrap().to_string(), "2026-03-01");
        assert_eq!(parse_date("0000-01-01").unwrap_err(), "0000-01-01 is before 1900-01-01: check the year");
    }
}
