//! `invalid-cost`: a cost has an impossible amount or currency

use super::{Context, Lint};
use crate::diagnostic::{Code, Severity};

pub(super) static LINT: Lint = Lint {
    code: Code::InvalidCost,
    severity: Severity::Error,
    since: "0.1.0",
    summary: "a cost has an impossible amount or currency",
    docs: r#"### What it does
Checks `[[route.step.cost]]`: `amount-pence` is a whole number of pence from 0 to 100,000,000 (£1 million), and `currency` is a three-letter code in capitals, such as GBP.

### Why is this bad?
A negative or absurd amount would be added to the fees a person must plan for; `gbp` in lower case would be shown as "268 gbp".

### Example
```toml
[[route.step.cost]]
amount-pence = -26800   # a fee cannot be negative
currency = "gbp"        # write GBP
```"#,
    check: Some(check),
    check_set: None,
};

fn check(cx: &mut Context<'_>) {
    let mut found = Vec::new();
    for (file, c) in super::walk::costs(cx.raw) {
        let c = c.get_ref();
        let amount = *c.amount_pence.get_ref();
        if !(0..=100_000_000).contains(&amount) {
            found.push((file, c.amount_pence.span(), format!("{amount} pence is not a fee amount (0 to 100,000,000)")));
        }
        let currency = c.currency.get_ref();
        if currency.len() != 3 || !currency.bytes().all(|b| b.is_ascii_uppercase()) {
            found.push((file, c.currency.span(), format!("`{currency}` is not a currency code like GBP")));
        }
    }
    for (file, span, message) in found {
        cx.report(file, span, message);
    }
}
