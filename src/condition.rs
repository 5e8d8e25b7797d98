//! The condition language: parsed once when the ruleset loads, type-checked against the
//! declared questions, and evaluated three-valued (true / false / unknown for "not sure").
//! Grammar and examples: rules/README.md, "Conditions".

use crate::date::parse_date;
use crate::diagnostic::Code;
use crate::reason::Reason;
use crate::vocab::{Answer, QuestionKind};
use jiff::civil::Date;
use std::collections::{BTreeSet, HashMap};
use std::ops::Range;

/// A parsed, checked condition. Evaluation never panics.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Condition {
    source: String,
    expr: Expr,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
enum Expr {
    Const(bool),
    And(Vec<Expr>),
    Or(Vec<Expr>),
    Not(Box<Expr>),
    Compare { operand: Operand, op: Op, value: Literal },
    In { question: String, values: Vec<String> },
    Contains { question: String, value: String },
    Answered(String),
    EnglishMeets(String),
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
enum Operand {
    Question(String),
    Since(TimeUnit, String),
    Today,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
enum TimeUnit {
    Days,
    Months,
    Years,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
enum Literal {
    Str(String),
    Num(f64),
    Bool(bool),
    Date(Date),
}

/// A problem in a condition, located by byte range inside the condition text.
#[derive(Debug, Clone, PartialEq)]
pub struct ConditionError {
    /// `invalid-condition`, `unknown-question`, `invalid-value`, `type-mismatch` or
    /// `unknown-english-requirement`.
    pub code: Code,
    pub span: Range<usize>,
    pub message: String,
    pub help: Option<String>,
}

/// What a condition may refer to: the questions (kind and option values) and the English
/// requirements of a ruleset.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    pub questions: HashMap<String, (QuestionKind, Vec<String>)>,
    pub english: BTreeSet<String>,
}

/// Three-valued truth.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Truth {
    True,
    False,
    Unknown,
}

impl Truth {
    fn not(self) -> Self {
        match self {
            Truth::True => Truth::False,
            Truth::False => Truth::True,
            Truth::Unknown => Truth::Unknown,
        }
    }

    fn from_bool(b: bool) -> Self {
        if b { Truth::True } else { Truth::False }
    }
}

/// A truth value and the reasons that explain it (as data: "your IELTS writing score is 6.5"
/// is made from a [`Reason`] by the interface catalogue).
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub truth: Truth,
    pub reasons: Vec<Reason>,
}

impl Outcome {
    /// An outcome with no explanation.
    pub fn bare(truth: Truth) -> Self {
        Self { truth, reasons: Vec::new() }
    }
}

/// What evaluation needs to know about one person.
pub trait Facts {
    /// The person's answer; `None` when they gave none.
    fn answer(&self, question: &str) -> Option<&Answer>;
    /// The question's short label, e.g. "IELTS writing score".
    fn label(&self, question: &str) -> String;
    /// An answer as the person would read it, e.g. the option's label.
    fn display(&self, question: &str, answer: &Answer) -> String;
    /// The plan's date.
    fn today(&self) -> Date;
    /// Whether the person's English results meet a requirement, with the reasons.
    fn english_meets(&self, requirement: &str) -> Outcome;
}

/// OET grades from best to worst.
pub const OET_GRADES: [&str; 6] = ["A", "B", "C+", "C", "D", "E"];

/// The rank of an OET grade: higher is better; `None` if not a grade.
pub fn oet_rank(grade: &str) -> Option<usize> {
    OET_GRADES.iter().position(|g| *g == grade).map(|i| OET_GRADES.len() - i)
}

impl Condition {
    /// Parses and checks `source`, returning every problem found.
    pub fn compile(source: &str, vocabulary: &Vocabulary) -> Result<Self, Vec<ConditionError>> {
        let tokens = lex(source).map_err(|e| vec![e])?;
        let mut parser = Parser { tokens, pos: 0, end: source.len(), depth: 0 };
        let expr = parser.condition().map_err(|e| vec![e])?;
        if let Some(t) = parser.peek() {
            return Err(vec![syntax(
                t.span.clone(),
                format!("unexpected {} after the end of the condition", t.kind.describe()),
            )]);
        }
        let mut errors = Vec::new();
        let expr = check(expr, vocabulary, &mut errors);
        if errors.is_empty() { Ok(Self { source: source.to_owned(), expr }) } else { Err(errors) }
    }

    /// A condition that is always `value`.
    pub fn constant(value: bool) -> Self {
        Self { source: value.to_string(), expr: Expr::Const(value) }
    }

    /// The condition as written.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// Question ids this condition reads.
    pub fn questions(&self) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        collect_questions(&self.expr, &mut out);
        out
    }

    /// Requirement ids of every `english-meets(…)` in this condition.
    pub fn english_requirements(&self) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        collect_english(&self.expr, &mut out);
        out
    }

    /// Evaluates the condition for one person.
    pub fn evaluate(&self, facts: &dyn Facts) -> Outcome {
        eval(&self.expr, facts)
    }
}

fn collect_questions(expr: &Expr, out: &mut BTreeSet<String>) {
    match expr {
        Expr::And(xs) | Expr::Or(xs) => xs.iter().for_each(|x| collect_questions(x, out)),
        Expr::Not(x) => collect_questions(x, out),
        Expr::Compare { operand: Operand::Question(q) | Operand::Since(_, q), .. }
        | Expr::In { question: q, .. }
        | Expr::Contains { question: q, .. }
        | Expr::Answered(q) => {
            out.insert(q.clone());
        }
        Expr::Const(_) | Expr::Compare { operand: Operand::Today, .. } | Expr::EnglishMeets(_) => {}
    }
}

fn collect_english(expr: &Expr, out: &mut BTreeSet<String>) {
    match expr {
        Expr::And(xs) | Expr::Or(xs) => xs.iter().for_each(|x| collect_english(x, out)),
        Expr::Not(x) => collect_english(x, out),
        Expr::EnglishMeets(id) => {
            out.insert(id.clone());
        }
        _ => {}
    }
}

// ---------------------------------------------------------------------------------------
// Lexing

#[derive(Debug, Clone, PartialEq)]
enum TokenKind {
    Ident(String),
    Str(String),
    Num(f64),
    Date(Date),
    Op(Op),
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
}

impl TokenKind {
    fn describe(&self) -> String {
        match self {
            TokenKind::Ident(s) => format!("`{s}`"),
            TokenKind::Str(s) => format!("'{s}'"),
            TokenKind::Num(n) => format!("`{n}`"),
            TokenKind::Date(d) => format!("`{d}`"),
            TokenKind::Op(_) => "an operator".to_owned(),
            TokenKind::LParen => "`(`".to_owned(),
            TokenKind::RParen => "`)`".to_owned(),
            TokenKind::LBracket => "`[`".to_owned(),
            TokenKind::RBracket => "`]`".to_owned(),
            TokenKind::Comma => "`,`".to_owned(),
        }
    }
}

#[derive(Debug, Clone)]
struct Token {
    kind: TokenKind,
    span: Range<usize>,
}

fn syntax(span: Range<usize>, message: impl Into<String>) -> ConditionError {
    ConditionError {
        code: Code::InvalidCondition,
        span,
        message: message.into(),
        help: Some("see \"Conditions\" in rules/README.md for the forms a condition can take".to_owned()),
    }
}

fn lex(src: &str) -> Result<Vec<Token>, ConditionError> {
    let bytes = src.as_bytes();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let start = i;
        let simple = |kind, len| Token { kind, span: start..start + len };
        match c {
            b' ' | b'\t' | b'\n' | b'\r' => {
                i += 1;
                continue;
            }
            b'(' => tokens.push(simple(TokenKind::LParen, 1)),
            b')' => tokens.push(simple(TokenKind::RParen, 1)),
            b'[' => tokens.push(simple(TokenKind::LBracket, 1)),
            b']' => tokens.push(simple(TokenKind::RBracket, 1)),
            b',' => tokens.push(simple(TokenKind::Comma, 1)),
            b'=' | b'!' | b'<' | b'>' => {
                let two = bytes.get(i + 1) == Some(&b'=');
                let op = match (c, two) {
                    (b'=', true) => Op::Eq,
                    (b'!', true) => Op::Ne,
                    (b'<', true) => Op::Le,
                    (b'>', true) => Op::Ge,
                    (b'<', false) => Op::Lt,
                    (b'>', false) => Op::Gt,
                    _ => {
                        return Err(syntax(start..start + 1, "expected `==` or `!=`"));
                    }
                };
                let len = if two { 2 } else { 1 };
                tokens.push(simple(TokenKind::Op(op), len));
                i += len;
                continue;
            }
            b'\'' | b'"' => {
                let Some(close) = src[i + 1..].find(c as char) else {
                    return Err(syntax(start..src.len(), "this quoted value is never closed"));
                };
                let text = &src[i + 1..i + 1 + close];
                i += close + 2;
                tokens.push(Token { kind: TokenKind::Str(text.to_owned()), span: start..i });
                continue;
            }
            b'0'..=b'9' => {
                while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'.' || bytes[i] == b'-') {
                    i += 1;
                }
                let text = &src[start..i];
                let kind = if text.contains('-') {
                    TokenKind::Date(parse_date(text).map_err(|m| syntax(start..i, m.to_string()))?)
                } else {
                    TokenKind::Num(text.parse::<f64>().ok().filter(|n| n.is_finite() && text.len() <= 20).ok_or_else(
                        || syntax(start..i, format!("`{}` is not a number requal can use", crate::text::clip(text))),
                    )?)
                };
                tokens.push(Token { kind, span: start..i });
                continue;
            }
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => {
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'-' || bytes[i] == b'_') {
                    i += 1;
                }
                tokens.push(Token { kind: TokenKind::Ident(src[start..i].to_owned()), span: start..i });
                continue;
            }
            _ => {
                let len = src[i..].chars().next().map_or(1, char::len_utf8);
                return Err(syntax(start..start + len, format!("unexpected character `{}`", &src[i..i + len])));
            }
        }
        i += 1;
    }
    Ok(tokens)
}

// ---------------------------------------------------------------------------------------
// Parsing: the syntax tree keeps spans until checking.

#[derive(Debug, Clone)]
enum Ast {
    Const(bool),
    And(Vec<Ast>),
    Or(Vec<Ast>),
    Not(Box<Ast>),
    Compare { operand: (Operand, Range<usize>), op: Op, value: (Literal, Range<usize>) },
    In { question: (String, Range<usize>), values: Vec<(String, Range<usize>)> },
    Contains { question: (String, Range<usize>), value: (String, Range<usize>) },
    Answered(String, Range<usize>),
    EnglishMeets(String, Range<usize>),
}

struct Parser {
    tokens: Vec<Token>,
    pos: usize,
    end: usize,
    /// How deeply `(` and `not` are nested here; bounded so no input can exhaust the stack.
    depth: usize,
}

/// Deeper nesting than this is refused: no real rule needs it, and recursion must stay bounded.
const MAX_DEPTH: usize = 64;

const FUNCTIONS: &[&str] = &["answered", "english-meets", "days-since", "months-since", "years-since"];

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos)
    }

    fn next(&mut self) -> Result<Token, ConditionError> {
        let t = self
            .tokens
            .get(self.pos)
            .cloned()
            .ok_or_else(|| syntax(self.end..self.end, "the condition ends too early"))?;
        self.pos += 1;
        Ok(t)
    }

    fn is_word(&self, word: &str) -> bool {
        matches!(self.peek(), Some(Token { kind: TokenKind::Ident(w), .. }) if w == word)
    }

    fn expect(&mut self, kind: &TokenKind, what: &str) -> Result<Token, ConditionError> {
        let t = self.next()?;
        if &t.kind == kind {
            Ok(t)
        } else {
            Err(syntax(t.span, format!("expected {what}, found {}", t.kind.describe())))
        }
    }

    fn condition(&mut self) -> Result<Ast, ConditionError> {
        let mut parts = vec![self.and()?];
        while self.is_word("or") {
            self.pos += 1;
            parts.push(self.and()?);
        }
        Ok(if parts.len() == 1 { parts.remove(0) } else { Ast::Or(parts) })
    }

    fn and(&mut self) -> Result<Ast, ConditionError> {
        let mut parts = vec![self.unary()?];
        while self.is_word("and") {
            self.pos += 1;
            parts.push(self.unary()?);
        }
        Ok(if parts.len() == 1 { parts.remove(0) } else { Ast::And(parts) })
    }

    fn unary(&mut self) -> Result<Ast, ConditionError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            let at = self.peek().map_or(self.end..self.end, |t| t.span.clone());
            return Err(syntax(at, format!("this condition is nested more than {MAX_DEPTH} levels deep")));
        }
        let result = if self.is_word("not") {
            self.pos += 1;
            self.unary().map(|inner| Ast::Not(Box::new(inner)))
        } else {
            self.primary()
        };
        self.depth -= 1;
        result
    }

    fn primary(&mut self) -> Result<Ast, ConditionError> {
        let t = self.next()?;
        match t.kind {
            TokenKind::LParen => {
                let inner = self.condition()?;
                self.expect(&TokenKind::RParen, "`)`")?;
                Ok(inner)
            }
            TokenKind::Ident(ref w) if w == "true" => Ok(Ast::Const(true)),
            TokenKind::Ident(ref w) if w == "false" => Ok(Ast::Const(false)),
            TokenKind::Ident(ref w) if w == "today" => self.comparison((Operand::Today, t.span)),
            TokenKind::Ident(ref w) if matches!(self.peek(), Some(Token { kind: TokenKind::LParen, .. })) => {
                let name = w.clone();
                self.pos += 1;
                let arg = self.next()?;
                let (arg_text, arg_span) = match arg.kind {
                    TokenKind::Ident(s) | TokenKind::Str(s) => (s, arg.span),
                    other => return Err(syntax(arg.span, format!("expected an id, found {}", other.describe()))),
                };
                let close = self.expect(&TokenKind::RParen, "`)`")?;
                let _ = close;
                match name.as_str() {
                    "answered" => Ok(Ast::Answered(arg_text, arg_span)),
                    "english-meets" => Ok(Ast::EnglishMeets(arg_text, arg_span)),
                    "days-since" | "months-since" | "years-since" => {
                        let unit = match name.as_str() {
                            "days-since" => TimeUnit::Days,
                            "months-since" => TimeUnit::Months,
                            _ => TimeUnit::Years,
                        };
                        self.comparison((Operand::Since(unit, arg_text), arg_span))
                    }
                    _ => Err(syntax(
                        t.span,
                        format!("`{name}` is not a function; the functions are {}", FUNCTIONS.join(", ")),
                    )),
                }
            }
            TokenKind::Ident(w) => {
                let span = t.span;
                if self.is_word("in") {
                    self.pos += 1;
                    self.expect(&TokenKind::LBracket, "`[`")?;
                    let mut values = Vec::new();
                    loop {
                        let v = self.next()?;
                        match v.kind {
                            TokenKind::Str(s) => values.push((s, v.span)),
                            TokenKind::RBracket if values.is_empty() => break,
                            other => {
                                return Err(syntax(
                                    v.span,
                                    format!("expected a quoted value, found {}", other.describe()),
                                ));
                            }
                        }
                        let sep = self.next()?;
                        match sep.kind {
                            TokenKind::Comma => {}
                            TokenKind::RBracket => break,
                            other => {
                                return Err(syntax(
                                    sep.span,
                                    format!("expected `,` or `]`, found {}", other.describe()),
                                ));
                            }
                        }
                    }
                    return Ok(Ast::In { question: (w, span), values });
                }
                if self.is_word("contains") {
                    self.pos += 1;
                    let v = self.next()?;
                    return match v.kind {
                        TokenKind::Str(s) => Ok(Ast::Contains { question: (w, span), value: (s, v.span) }),
                        other => Err(syntax(v.span, format!("expected a quoted value, found {}", other.describe()))),
                    };
                }
                self.comparison((Operand::Question(w), span))
            }
            other => Err(syntax(t.span, format!("expected a question id, `not` or `(`, found {}", other.describe()))),
        }
    }

    fn comparison(&mut self, operand: (Operand, Range<usize>)) -> Result<Ast, ConditionError> {
        let t = self.next()?;
        let TokenKind::Op(op) = t.kind else {
            return Err(syntax(t.span, format!("expected a comparison such as `==`, found {}", t.kind.describe())));
        };
        let v = self.next()?;
        let value = match v.kind {
            TokenKind::Str(s) => Literal::Str(s),
            TokenKind::Num(n) => Literal::Num(n),
            TokenKind::Date(d) => Literal::Date(d),
            TokenKind::Ident(ref w) if w == "true" => Literal::Bool(true),
            TokenKind::Ident(ref w) if w == "false" => Literal::Bool(false),
            TokenKind::Ident(w) => {
                return Err(syntax(v.span, format!("`{w}` needs quotes: write '{w}'")));
            }
            other => return Err(syntax(v.span, format!("expected a value, found {}", other.describe()))),
        };
        Ok(Ast::Compare { operand, op, value: (value, v.span) })
    }
}

// ---------------------------------------------------------------------------------------
// Checking against the questions.

fn check(ast: Ast, vocab: &Vocabulary, errors: &mut Vec<ConditionError>) -> Expr {
    match ast {
        Ast::Const(b) => Expr::Const(b),
        Ast::And(xs) => Expr::And(xs.into_iter().map(|x| check(x, vocab, errors)).collect()),
        Ast::Or(xs) => Expr::Or(xs.into_iter().map(|x| check(x, vocab, errors)).collect()),
        Ast::Not(x) => Expr::Not(Box::new(check(*x, vocab, errors))),
        Ast::Answered(q, span) => {
            lookup(&q, &span, vocab, errors);
            Expr::Answered(q)
        }
        Ast::EnglishMeets(id, span) => {
            if !vocab.english.contains(&id) {
                errors.push(ConditionError {
                    code: Code::UnknownEnglishRequirement,
                    span,
                    message: format!("no English requirement has the id `{id}`"),
                    help: suggest(&id, vocab.english.iter().map(String::as_str)),
                });
            }
            Expr::EnglishMeets(id)
        }
        Ast::Contains { question: (q, qspan), value: (v, vspan) } => {
            if let Some((kind, options)) = lookup(&q, &qspan, vocab, errors) {
                if *kind == QuestionKind::MultiChoice {
                    check_option(&q, &v, &vspan, options, errors);
                } else {
                    errors.push(mismatch(
                        qspan,
                        format!("`contains` needs a multi-choice question, and `{q}` is {}", kind_name(*kind)),
                    ));
                }
            }
            Expr::Contains { question: q, value: v }
        }
        Ast::In { question: (q, qspan), values } => {
            if let Some((kind, options)) = lookup(&q, &qspan, vocab, errors) {
                match kind {
                    QuestionKind::Choice => values.iter().for_each(|(v, s)| check_option(&q, v, s, options, errors)),
                    QuestionKind::OetGrade => values.iter().for_each(|(v, s)| check_grade(v, s, errors)),
                    _ => errors.push(mismatch(
                        qspan,
                        format!("`in` needs a choice question, and `{q}` is {}", kind_name(*kind)),
                    )),
                }
            }
            Expr::In { question: q, values: values.into_iter().map(|(v, _)| v).collect() }
        }
        Ast::Compare { operand: (operand, ospan), op, value: (value, vspan) } => {
            check_compare(&operand, &ospan, op, &value, &vspan, vocab, errors);
            Expr::Compare { operand, op, value }
        }
    }
}

fn lookup<'v>(
    q: &str,
    span: &Range<usize>,
    vocab: &'v Vocabulary,
    errors: &mut Vec<ConditionError>,
) -> Option<&'v (QuestionKind, Vec<String>)> {
    let found = vocab.questions.get(q);
    if found.is_none() {
        errors.push(ConditionError {
            code: Code::UnknownQuestion,
            span: span.clone(),
            message: format!("no question has the id `{q}`"),
            help: suggest(q, vocab.questions.keys().map(String::as_str)),
        });
    }
    found
}

fn check_option(q: &str, v: &str, span: &Range<usize>, options: &[String], errors: &mut Vec<ConditionError>) {
    if !options.iter().any(|o| o == v) {
        errors.push(ConditionError {
            code: Code::InvalidValue,
            span: span.clone(),
            message: format!("`{v}` is not an option of `{q}`"),
            help: suggest(v, options.iter().map(String::as_str))
                .or_else(|| Some(format!("the options are {}", options.join(", ")))),
        });
    }
}

fn check_grade(v: &str, span: &Range<usize>, errors: &mut Vec<ConditionError>) {
    if oet_rank(v).is_none() {
        errors.push(ConditionError {
            code: Code::InvalidValue,
            span: span.clone(),
            message: format!("`{v}` is not an OET grade"),
            help: Some(format!("the grades are {}", OET_GRADES.join(", "))),
        });
    }
}

fn mismatch(span: Range<usize>, message: String) -> ConditionError {
    ConditionError { code: Code::TypeMismatch, span, message, help: None }
}

fn kind_name(kind: QuestionKind) -> &'static str {
    match kind {
        QuestionKind::Choice => "a choice",
        QuestionKind::MultiChoice => "a multi-choice list",
        QuestionKind::Bool => "a yes/no question",
        QuestionKind::Number => "a number",
        QuestionKind::Date => "a date",
        QuestionKind::OetGrade => "an OET grade",
    }
}

fn check_compare(
    operand: &Operand,
    ospan: &Range<usize>,
    op: Op,
    value: &Literal,
    vspan: &Range<usize>,
    vocab: &Vocabulary,
    errors: &mut Vec<ConditionError>,
) {
    let ordering = !matches!(op, Op::Eq | Op::Ne);
    match operand {
        Operand::Today => {
            if !matches!(value, Literal::Date(_)) {
                errors.push(mismatch(vspan.clone(), "`today` is compared with a date like 2026-03-02".to_owned()));
            }
        }
        Operand::Since(_, q) => {
            if let Some((kind, _)) = lookup(q, ospan, vocab, errors)
                && *kind != QuestionKind::Date
            {
                errors.push(mismatch(ospan.clone(), format!("`{q}` is {}, not a date", kind_name(*kind))));
            }
            if !matches!(value, Literal::Num(_)) {
                errors.push(mismatch(vspan.clone(), "a time since a date is compared with a number".to_owned()));
            }
        }
        Operand::Question(q) => {
            let Some((kind, options)) = lookup(q, ospan, vocab, errors) else { return };
            match (kind, value) {
                (QuestionKind::Choice, Literal::Str(v)) if !ordering => check_option(q, v, vspan, options, errors),
                (QuestionKind::OetGrade, Literal::Str(v)) => check_grade(v, vspan, errors),
                (QuestionKind::Bool, Literal::Bool(_)) if !ordering => {}
                (QuestionKind::Number, Literal::Num(_)) | (QuestionKind::Date, Literal::Date(_)) => {}
                (QuestionKind::MultiChoice, _) => {
                    errors.push(mismatch(ospan.clone(), format!("`{q}` is a list: use `{q} contains '…'`")))
                }
                (QuestionKind::Choice | QuestionKind::Bool, _) if ordering => errors.push(mismatch(
                    ospan.clone(),
                    format!("`{q}` is {} and cannot be compared with `<` or `>`", kind_name(*kind)),
                )),
                (kind, _) => errors
                    .push(mismatch(vspan.clone(), format!("`{q}` is {}, and this value is not", kind_name(*kind)))),
            }
        }
    }
}

/// "did you mean `x`?" for the closest id, if one is close.
pub fn suggest<'a>(wrong: &str, candidates: impl Iterator<Item = &'a str>) -> Option<String> {
    nearest(wrong, candidates).map(|c| format!("did you mean `{c}`?"))
}

/// The candidate nearest to `wrong` by edit distance, if one is near enough to be a typo.
pub fn nearest<'a>(wrong: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    // Ids are short: a long "typo" has no near match, and comparing it would cost its length
    // times every id. Candidates whose length alone rules them out are skipped unmeasured.
    const LONGEST: usize = 100;
    let len = wrong.chars().count();
    if len > LONGEST {
        return None;
    }
    candidates
        .filter_map(|c| {
            let limit = 2.max(c.len() / 4);
            if c.chars().count().abs_diff(len) > limit {
                return None;
            }
            let d = edit_distance(wrong, c);
            (d <= limit).then_some((d, c))
        })
        .min()
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

// ---------------------------------------------------------------------------------------
// Evaluation

fn eval(expr: &Expr, facts: &dyn Facts) -> Outcome {
    match expr {
        Expr::Const(b) => Outcome::bare(Truth::from_bool(*b)),
        Expr::Not(x) => {
            let inner = eval(x, facts);
            Outcome { truth: inner.truth.not(), reasons: inner.reasons }
        }
        Expr::And(xs) => combine(xs, facts, Truth::False),
        Expr::Or(xs) => combine(xs, facts, Truth::True),
        Expr::Answered(q) => {
            let answered = matches!(facts.answer(q), Some(a) if !a.is_not_sure());
            let mut out = Outcome::bare(Truth::from_bool(answered));
            if !answered {
                out.reasons.push(Reason::new("answer-unknown").with("label", facts.label(q)));
            }
            out
        }
        Expr::EnglishMeets(id) => facts.english_meets(id),
        Expr::Contains { question, value } => match facts.answer(question) {
            Some(Answer::Multi(items)) => {
                let has = items.iter().any(|i| i == value);
                let label = facts.label(question);
                let shown = facts.display(question, &Answer::Multi(vec![value.clone()]));
                let reason = Reason::new(if has { "list-includes" } else { "list-excludes" })
                    .with("label", label)
                    .with("answer", shown);
                Outcome { truth: Truth::from_bool(has), reasons: vec![reason] }
            }
            other => unknown(question, other, facts),
        },
        Expr::In { question, values } => match facts.answer(question) {
            Some(a @ (Answer::Choice(v) | Answer::Grade(v))) => Outcome {
                truth: Truth::from_bool(values.contains(v)),
                reasons: vec![
                    Reason::new("answer-is")
                        .with("label", facts.label(question))
                        .with("answer", facts.display(question, a)),
                ],
            },
            other => unknown(question, other, facts),
        },
        Expr::Compare { operand, op, value } => compare(operand, *op, value, facts),
    }
}

/// `and` (short value `False`) and `or` (short value `True`) in Kleene logic, keeping the
/// reasons of the operands that decided the result.
fn combine(xs: &[Expr], facts: &dyn Facts, short: Truth) -> Outcome {
    let outcomes: Vec<Outcome> = xs.iter().map(|x| eval(x, facts)).collect();
    let truth = if outcomes.iter().any(|o| o.truth == short) {
        short
    } else if outcomes.iter().any(|o| o.truth == Truth::Unknown) {
        Truth::Unknown
    } else {
        short.not()
    };
    let reasons =
        outcomes.into_iter().filter(|o| o.truth == truth || truth == short.not()).flat_map(|o| o.reasons).collect();
    Outcome { truth, reasons }
}

fn unknown(question: &str, answer: Option<&Answer>, facts: &dyn Facts) -> Outcome {
    let label = facts.label(question);
    let id = match answer {
        Some(a) if a.is_not_sure() => "answer-not-sure",
        _ => "answer-unknown",
    };
    let reason = Reason::new(id).with("label", label);
    Outcome { truth: Truth::Unknown, reasons: vec![reason] }
}

fn compare(operand: &Operand, op: Op, value: &Literal, facts: &dyn Facts) -> Outcome {
    let apply = |ord: std::cmp::Ordering| match op {
        Op::Eq => ord.is_eq(),
        Op::Ne => ord.is_ne(),
        Op::Lt => ord.is_lt(),
        Op::Le => ord.is_le(),
        Op::Gt => ord.is_gt(),
        Op::Ge => ord.is_ge(),
    };
    match operand {
        Operand::Today => match value {
            Literal::Date(d) => Outcome::bare(Truth::from_bool(apply(facts.today().cmp(d)))),
            _ => Outcome::bare(Truth::Unknown),
        },
        Operand::Since(unit, q) => {
            let (Some(a @ Answer::Date(date)), Literal::Num(n)) = (facts.answer(q), value) else {
                return unknown(q, facts.answer(q), facts);
            };
            let elapsed = elapsed(date.date, facts.today(), *unit);
            let id = match unit {
                TimeUnit::Days => "date-since-days",
                TimeUnit::Months => "date-since-months",
                TimeUnit::Years => "date-since-years",
            };
            let reason = Reason::new(id)
                .with("label", facts.label(q))
                .with("answer", facts.display(q, a))
                .with("elapsed", elapsed);
            let ord = f64::from(elapsed).partial_cmp(n).unwrap_or(std::cmp::Ordering::Less);
            let mut reasons = vec![reason];
            if date.precision == crate::date::Precision::Month {
                reasons.push(Reason::new("date-month-only").with("label", facts.label(q)));
            }
            Outcome { truth: Truth::from_bool(apply(ord)), reasons }
        }
        Operand::Question(q) => {
            let Some(answer) = facts.answer(q).filter(|a| !a.is_not_sure()) else {
                return unknown(q, facts.answer(q), facts);
            };
            let ord = match (answer, value) {
                (Answer::Choice(a), Literal::Str(b)) => {
                    Some(if a == b { std::cmp::Ordering::Equal } else { std::cmp::Ordering::Less })
                }
                (Answer::Grade(a), Literal::Str(b)) => oet_rank(a).zip(oet_rank(b)).map(|(x, y)| x.cmp(&y)),
                (Answer::Bool(a), Literal::Bool(b)) => {
                    Some(if a == b { std::cmp::Ordering::Equal } else { std::cmp::Ordering::Less })
                }
                (Answer::Number(a), Literal::Num(b)) => a.partial_cmp(b),
                (Answer::Date(a), Literal::Date(b)) => Some(a.date.cmp(b)),
                _ => None,
            };
            let Some(ord) = ord else { return unknown(q, Some(answer), facts) };
            let id = if matches!(answer, Answer::Bool(_)) { "answer-yes-no" } else { "answer-is" };
            let reason = Reason::new(id).with("label", facts.label(q)).with("answer", facts.display(q, answer));
            Outcome { truth: Truth::from_bool(apply(ord)), reasons: vec![reason] }
        }
    }
}

/// Whole days, months or years from `from` to `to` (0 if `from` is later).
fn elapsed(from: Date, to: Date, unit: TimeUnit) -> i32 {
    if from >= to {
        return 0;
    }
    // Calendar arithmetic, as a time limit is read: a limit of n months from `from` ends on
    // `from` plus n months, clamped to the month's end (2024-02-29 plus 24 months is
    // 2026-02-28). So count the whole months n with `from + n months <= to`.
    let reached =
        |n: i32| jiff::Span::new().try_months(n).and_then(|span| from.checked_add(span)).is_ok_and(|d| d <= to);
    let mut months =
        (i32::from(to.year()) - i32::from(from.year())) * 12 + i32::from(to.month()) - i32::from(from.month());
    while months > 0 && !reached(months) {
        months -= 1;
    }
    while reached(months + 1) {
        months += 1;
    }
    match unit {
        TimeUnit::Days => (to - from).get_days(),
        TimeUnit::Months => months,
        TimeUnit::Years => months / 12,
    }
}

/// Whole months from `from` to `to`.
pub fn months_between(from: Date, to: Date) -> i32 {
    elapsed(from, to, TimeUnit::Months)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab() -> Vocabulary {
        let mut v = Vocabulary::default();
        v.questions.insert("profession".into(), (QuestionKind::Choice, vec!["doctor".into(), "nurse".into()]));
        v.questions.insert("years".into(), (QuestionKind::Number, vec![]));
        v.questions.insert("exams".into(), (QuestionKind::MultiChoice, vec!["plab-1".into()]));
        v.questions.insert("when".into(), (QuestionKind::Date, vec![]));
        v.questions.insert("writing".into(), (QuestionKind::OetGrade, vec![]));
        v.english.insert("gmc-english".into());
        v
    }

    struct F(HashMap<&'static str, Answer>);

    impl Facts for F {
        fn answer(&self, q: &str) -> Option<&Answer> {
            self.0.get(q)
        }
        fn label(&self, q: &str) -> String {
            q.to_owned()
        }
        fn display(&self, _: &str, a: &Answer) -> String {
            format!("{a:?}")
        }
        fn today(&self) -> Date {
            jiff::civil::date(2026, 11, 22)
        }
        fn english_meets(&self, _: &str) -> Outcome {
            Outcome::bare(Truth::Unknown)
        }
    }

    fn eval_with(src: &str, answers: &[(&'static str, Answer)]) -> Truth {
        Condition::compile(src, &vocab()).unwrap().evaluate(&F(answers.iter().cloned().collect())).truth
    }

    #[test]
    fn errors_point_inside_the_condition() {
        let e = Condition::compile("profession == 'docter' and yeers > 2", &vocab()).unwrap_err();
        assert_eq!(e.len(), 2);
        assert_eq!((e[0].code, e[0].span.clone()), (Code::InvalidValue, 14..22));
        assert_eq!(e[0].help.as_deref(), Some("did you mean `doctor`?"));
        assert_eq!((e[1].code, e[1].span.clone()), (Code::UnknownQuestion, 27..32));
        let e = Condition::compile("exams contains plab-1", &vocab()).unwrap_err();
        assert_eq!(e[0].code, Code::InvalidCondition);
        let e = Condition::compile("years > 'five'", &vocab()).unwrap_err();
        assert_eq!(e[0].code, Code::TypeMismatch);
        let e = Condition::compile("(profession == 'doctor'", &vocab()).unwrap_err();
        assert_eq!(e[0].message, "the condition ends too early");
    }

    #[test]
    fn kleene_logic_with_not_sure() {
        let doctor = ("profession", Answer::Choice("doctor".into()));
        let unsure = ("years", Answer::NotSure);
        assert_eq!(
            eval_with("profession == 'doctor' and years > 2", &[doctor.clone(), unsure.clone()]),
            Truth::Unknown
        );
        assert_eq!(eval_with("profession == 'nurse' and years > 2", &[doctor.clone(), unsure.clone()]), Truth::False);
        assert_eq!(eval_with("profession == 'doctor' or years > 2", &[doctor.clone(), unsure.clone()]), Truth::True);
        assert_eq!(eval_with("not years > 2", &[unsure]), Truth::Unknown);
        assert_eq!(eval_with("answered(years)", &[]), Truth::False);
        assert_eq!(eval_with("profession in ['nurse', 'doctor']", &[doctor]), Truth::True);
    }

    #[test]
    fn dates_grades_and_lists() {
        let when = ("when", Answer::Date(crate::date::PersonDate::day(jiff::civil::date(2024, 11, 23))));
        assert_eq!(eval_with("months-since(when) >= 24", std::slice::from_ref(&when)), Truth::False);
        assert_eq!(eval_with("months-since(when) >= 23", std::slice::from_ref(&when)), Truth::True);
        assert_eq!(eval_with("years-since(when) < 2", std::slice::from_ref(&when)), Truth::True);
        assert_eq!(eval_with("when < 2025-01-01 and today >= 2026-11-22", &[when]), Truth::True);
        assert_eq!(eval_with("writing >= 'C+'", &[("writing", Answer::Grade("B".into()))]), Truth::True);
        assert_eq!(eval_with("writing >= 'C+'", &[("writing", Answer::Grade("C".into()))]), Truth::False);
        assert_eq!(eval_with("exams contains 'plab-1'", &[("exams", Answer::Multi(vec![]))]), Truth::False);
    }

    #[test]
    fn months_follow_the_calendar_at_month_ends() {
        let d = jiff::civil::date;
        assert_eq!(elapsed(d(2024, 2, 29), d(2026, 2, 28), TimeUnit::Months), 24);
        assert_eq!(elapsed(d(2024, 2, 29), d(2026, 2, 27), TimeUnit::Months), 23);
        assert_eq!(elapsed(d(2025, 1, 31), d(2025, 2, 28), TimeUnit::Months), 1);
        assert_eq!(elapsed(d(2024, 11, 23), d(2026, 11, 22), TimeUnit::Months), 23);
        assert_eq!(elapsed(d(2024, 11, 22), d(2026, 11, 22), TimeUnit::Years), 2);
        assert_eq!(elapsed(d(2026, 12, 1), d(2026, 11, 22), TimeUnit::Days), 0);
        // The extremes of the calendar do not panic.
        assert!(elapsed(d(-9999, 1, 1), d(9999, 12, 31), TimeUnit::Years) > 19_000);
    }

    #[test]
    fn deep_nesting_is_refused_not_a_stack_overflow() {
        let deep = format!("{}profession == 'doctor'{}", "(".repeat(10_000), ")".repeat(10_000));
        let e = Condition::compile(&deep, &vocab()).unwrap_err();
        assert!(e[0].message.contains("nested more than 64 levels"), "{:?}", e[0]);
        let nots = format!("{}profession == 'doctor'", "not ".repeat(10_000));
        assert!(Condition::compile(&nots, &vocab()).is_err());
        let fine = format!("{}profession == 'doctor'{}", "(".repeat(20), ")".repeat(20));
        assert!(Condition::compile(&fine, &vocab()).is_ok());
    }

    #[test]
    fn no_input_panics() {
        for src in [
            "",
            "(",
            ")",
            "'",
            "a ==",
            "== 'x'",
            "not",
            "x in [",
            "x in ['a' 'b']",
            "é",
            "profession == 'doctor' extra",
            "2026-99-99",
            "english-meets()",
            "months-since(profession) > 1",
            "today == 1",
        ] {
            let _ = Condition::compile(src, &vocab());
        }
    }
}
