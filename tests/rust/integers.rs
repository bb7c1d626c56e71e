// SPDX-License-Identifier: MIT OR Apache-2.0
//
// The reference side of the differential test of ferrite/integer.hpp: Rust's own integer
// methods, printed one result per line for edge values (MIN, MAX, 0, +-1, powers of two +-1)
// and seeded random operands, for every function and every Rust integer type (no i128), plus the
// operators of Wrapping<T> and Saturating<T>, and Checked<T> expressions against checked_* chains.
// tests/rust/integers.cpp prints the same lines through ferrite; scripts/stage-integers-rust.sh
// builds both (plain `rustc`, no crates) and diffs them.
//
// Line formats (both programs must agree byte for byte):
//   <type> <function> <a> <b> = <result>       binary, shift and pow functions
//   <type> <function> <a> = <result>           unary functions
//   <type> <cast>_cast<<target>> <a> = <result>
// Results: a number, `None`, `Some(x)`, `(x, true)` for an overflowing pair, or `panic` where
// Rust panics (ferrite must reach its panic hook in exactly those cases).
#![allow(unused_comparisons)]

use std::fmt::Display;
use std::num::{Saturating, Wrapping};
use std::io::{self, BufWriter, Write};
use std::panic::{self, AssertUnwindSafe};

/// splitmix64: tiny, well mixed, and trivially identical in C++.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// 64 random bits shifted right by a random amount, and negated half the time, so operands
    /// of every magnitude and sign turn up; the caller truncates with `as`.
    fn operand(&mut self) -> u64 {
        let bits = self.next();
        let shift = (self.next() % 64) as u32;
        let value = bits >> shift;
        if self.next() & 1 == 1 {
            value.wrapping_neg()
        } else {
            value
        }
    }
}

const SEED: u64 = 0x243F_6A88_85A3_08D3;

fn opt<T: Display>(value: Option<T>) -> String {
    match value {
        Some(v) => format!("Some({})", v),
        None => "None".to_string(),
    }
}

fn pair<T: Display>(value: (T, bool)) -> String {
    format!("({}, {})", value.0, value.1)
}

fn caught<F: FnOnce() -> String>(f: F) -> String {
    panic::catch_unwind(AssertUnwindSafe(f)).unwrap_or_else(|_| "panic".to_string())
}

macro_rules! binary {
    ($out:expr, $label:expr, $name:expr, $pairs:expr, $f:expr) => {
        for &(a, b) in $pairs.iter() {
            let result: String = $f(a, b);
            writeln!($out, "{} {} {} {} = {}", $label, $name, a, b, result).unwrap();
        }
    };
}

/// As `binary!`, for the functions that panic on some operands (a zero divisor).
macro_rules! binary_may_panic {
    ($out:expr, $label:expr, $name:expr, $pairs:expr, $f:expr) => {
        for &(a, b) in $pairs.iter() {
            let result = caught(|| $f(a, b));
            writeln!($out, "{} {} {} {} = {}", $label, $name, a, b, result).unwrap();
        }
    };
}

macro_rules! unary {
    ($out:expr, $label:expr, $name:expr, $values:expr, $f:expr) => {
        for &a in $values.iter() {
            let result: String = $f(a);
            writeln!($out, "{} {} {} = {}", $label, $name, a, result).unwrap();
        }
    };
}

macro_rules! with_amount {
    ($out:expr, $label:expr, $name:expr, $values:expr, $amounts:expr, $f:expr) => {
        for &a in $values.iter() {
            for &n in $amounts.iter() {
                let result: String = $f(a, n);
                writeln!($out, "{} {} {} {} = {}", $label, $name, a, n, result).unwrap();
            }
        }
    };
}

macro_rules! casts_to {
    ($out:expr, $label:expr, $t:ty, $values:expr, $($u:ident),*) => {
        $(
            for &a in $values.iter() {
                let target = stringify!($u);
                let checked = opt(<$u>::try_from(a).ok());
                let saturating: $u = match <$u>::try_from(a) {
                    Ok(v) => v,
                    Err(_) => if a < (0 as $t) { <$u>::MIN } else { <$u>::MAX },
                };
                writeln!($out, "{} checked_cast<{}> {} = {}", $label, target, a, checked).unwrap();
                writeln!($out, "{} saturating_cast<{}> {} = {}", $label, target, a, saturating).unwrap();
                writeln!($out, "{} wrapping_cast<{}> {} = {}", $label, target, a, a as $u).unwrap();
            }
        )*
    };
}

/// The operand sets of one type: edge values, edge pairs plus random pairs, shift amounts, and
/// pow exponents. The C++ side draws the same random numbers in the same order.
struct Operands<T> {
    label: &'static str,
    values: Vec<T>,
    pairs: Vec<(T, T)>,
    amounts: Vec<u32>,
    exponents: Vec<u32>,
}

/// One module per type, its work split into functions: rustc's borrow checker is superlinear in
/// function size, and one giant `main` takes minutes to compile.
macro_rules! suite {
    ($module:ident, $t:ident, $($specific:tt)*) => {
        mod $module {
            use super::*;

            pub fn run(out: &mut dyn Write) {
                let o = operands();
                arithmetic(out, &o);
                division(out, &o);
                unary_and_bits(out, &o);
                shifts_and_powers(out, &o);
                casts(out, &o);
                types(out, &o);
                specific(out, &o);
            }

            fn operands() -> Operands<$t> {
                let bits = <$t>::BITS;
                let mut rng = Rng(SEED);
                let mut edges: Vec<$t> = vec![
                    <$t>::MIN,
                    <$t>::MIN.wrapping_add(1),
                    <$t>::MAX,
                    <$t>::MAX.wrapping_sub(1),
                    0,
                    1,
                    (0 as $t).wrapping_sub(1),
                    2,
                    (0 as $t).wrapping_sub(2),
                    3,
                ];
                for k in [1, bits / 2 - 1, bits / 2, bits - 2, bits - 1] {
                    let p: $t = (1 as $t).wrapping_shl(k);
                    let n = p.wrapping_neg();
                    edges.extend_from_slice(&[p, p.wrapping_sub(1), p.wrapping_add(1), n, n.wrapping_add(1), n.wrapping_sub(1)]);
                }
                let mut values = edges.clone();
                for _ in 0..60 {
                    values.push(rng.operand() as $t);
                }
                let mut pairs: Vec<($t, $t)> = Vec::new();
                for &a in edges.iter() {
                    for &b in edges.iter() {
                        pairs.push((a, b));
                    }
                }
                for _ in 0..400 {
                    let a = rng.operand() as $t;
                    let b = rng.operand() as $t;
                    pairs.push((a, b));
                }
                let mut amounts: Vec<u32> = vec![
                    0, 1, 2, bits - 1, bits, bits + 1, 2 * bits - 1, 63, 64, 65, 127, 128, 255,
                    u32::MAX, u32::MAX - 1, 1 << 31,
                ];
                for _ in 0..4 {
                    amounts.push((rng.next() % 140) as u32);
                    amounts.push(rng.next() as u32);
                }
                let mut exponents: Vec<u32> = vec![
                    0, 1, 2, 3, 4, 5, 7, 8, 15, 16, 31, 32, 33, 63, 64, 65, u32::MAX, u32::MAX - 1,
                ];
                for _ in 0..8 {
                    exponents.push((rng.next() % 80) as u32);
                }
                Operands { label: stringify!($t), values, pairs, amounts, exponents }
            }

            fn arithmetic(out: &mut dyn Write, o: &Operands<$t>) {
                let (label, pairs) = (o.label, &o.pairs);
                binary!(out, label, "checked_add", pairs, |a: $t, b: $t| opt(a.checked_add(b)));
                binary!(out, label, "checked_sub", pairs, |a: $t, b: $t| opt(a.checked_sub(b)));
                binary!(out, label, "checked_mul", pairs, |a: $t, b: $t| opt(a.checked_mul(b)));
                binary!(out, label, "wrapping_add", pairs, |a: $t, b: $t| a.wrapping_add(b).to_string());
                binary!(out, label, "wrapping_sub", pairs, |a: $t, b: $t| a.wrapping_sub(b).to_string());
                binary!(out, label, "wrapping_mul", pairs, |a: $t, b: $t| a.wrapping_mul(b).to_string());
                binary!(out, label, "overflowing_add", pairs, |a: $t, b: $t| pair(a.overflowing_add(b)));
                binary!(out, label, "overflowing_sub", pairs, |a: $t, b: $t| pair(a.overflowing_sub(b)));
                binary!(out, label, "overflowing_mul", pairs, |a: $t, b: $t| pair(a.overflowing_mul(b)));
                binary!(out, label, "saturating_add", pairs, |a: $t, b: $t| a.saturating_add(b).to_string());
                binary!(out, label, "saturating_sub", pairs, |a: $t, b: $t| a.saturating_sub(b).to_string());
                binary!(out, label, "saturating_mul", pairs, |a: $t, b: $t| a.saturating_mul(b).to_string());
                binary!(out, label, "abs_diff", pairs, |a: $t, b: $t| a.abs_diff(b).to_string());
                binary!(out, label, "midpoint", pairs, |a: $t, b: $t| a.midpoint(b).to_string());
            }

            fn division(out: &mut dyn Write, o: &Operands<$t>) {
                let (label, pairs) = (o.label, &o.pairs);
                binary!(out, label, "checked_div", pairs, |a: $t, b: $t| opt(a.checked_div(b)));
                binary!(out, label, "checked_div_euclid", pairs, |a: $t, b: $t| opt(a.checked_div_euclid(b)));
                binary!(out, label, "checked_rem", pairs, |a: $t, b: $t| opt(a.checked_rem(b)));
                binary!(out, label, "checked_rem_euclid", pairs, |a: $t, b: $t| opt(a.checked_rem_euclid(b)));
                binary_may_panic!(out, label, "wrapping_div", pairs, |a: $t, b: $t| a.wrapping_div(b).to_string());
                binary_may_panic!(out, label, "wrapping_div_euclid", pairs, |a: $t, b: $t| a.wrapping_div_euclid(b).to_string());
                binary_may_panic!(out, label, "wrapping_rem", pairs, |a: $t, b: $t| a.wrapping_rem(b).to_string());
                binary_may_panic!(out, label, "wrapping_rem_euclid", pairs, |a: $t, b: $t| a.wrapping_rem_euclid(b).to_string());
                binary_may_panic!(out, label, "overflowing_div", pairs, |a: $t, b: $t| pair(a.overflowing_div(b)));
                binary_may_panic!(out, label, "overflowing_div_euclid", pairs, |a: $t, b: $t| pair(a.overflowing_div_euclid(b)));
                binary_may_panic!(out, label, "overflowing_rem", pairs, |a: $t, b: $t| pair(a.overflowing_rem(b)));
                binary_may_panic!(out, label, "overflowing_rem_euclid", pairs, |a: $t, b: $t| pair(a.overflowing_rem_euclid(b)));
                binary_may_panic!(out, label, "saturating_div", pairs, |a: $t, b: $t| a.saturating_div(b).to_string());
            }

            fn unary_and_bits(out: &mut dyn Write, o: &Operands<$t>) {
                let (label, values) = (o.label, &o.values);
                unary!(out, label, "checked_neg", values, |a: $t| opt(a.checked_neg()));
                unary!(out, label, "wrapping_neg", values, |a: $t| a.wrapping_neg().to_string());
                unary!(out, label, "overflowing_neg", values, |a: $t| pair(a.overflowing_neg()));
                unary!(out, label, "checked_ilog2", values, |a: $t| opt(a.checked_ilog2()));
                unary!(out, label, "checked_ilog10", values, |a: $t| opt(a.checked_ilog10()));
                for &a in values.iter() {
                    let result = caught(|| a.isqrt().to_string());
                    writeln!(out, "{} isqrt {} = {}", label, a, result).unwrap();
                }
                unary!(out, label, "leading_zeros", values, |a: $t| a.leading_zeros().to_string());
                unary!(out, label, "trailing_zeros", values, |a: $t| a.trailing_zeros().to_string());
                unary!(out, label, "count_ones", values, |a: $t| a.count_ones().to_string());
            }

            fn shifts_and_powers(out: &mut dyn Write, o: &Operands<$t>) {
                let (label, values, amounts, exponents) = (o.label, &o.values, &o.amounts, &o.exponents);
                with_amount!(out, label, "checked_shl", values, amounts, |a: $t, n: u32| opt(a.checked_shl(n)));
                with_amount!(out, label, "checked_shr", values, amounts, |a: $t, n: u32| opt(a.checked_shr(n)));
                with_amount!(out, label, "wrapping_shl", values, amounts, |a: $t, n: u32| a.wrapping_shl(n).to_string());
                with_amount!(out, label, "wrapping_shr", values, amounts, |a: $t, n: u32| a.wrapping_shr(n).to_string());
                with_amount!(out, label, "overflowing_shl", values, amounts, |a: $t, n: u32| pair(a.overflowing_shl(n)));
                with_amount!(out, label, "overflowing_shr", values, amounts, |a: $t, n: u32| pair(a.overflowing_shr(n)));
                with_amount!(out, label, "checked_pow", values, exponents, |a: $t, n: u32| opt(a.checked_pow(n)));
                with_amount!(out, label, "wrapping_pow", values, exponents, |a: $t, n: u32| a.wrapping_pow(n).to_string());
                with_amount!(out, label, "overflowing_pow", values, exponents, |a: $t, n: u32| pair(a.overflowing_pow(n)));
                with_amount!(out, label, "saturating_pow", values, exponents, |a: $t, n: u32| a.saturating_pow(n).to_string());
            }

            fn casts(out: &mut dyn Write, o: &Operands<$t>) {
                let (label, values) = (o.label, &o.values);
                casts_to!(out, label, $t, values, i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);
            }

            /// Wrapping<T> and Saturating<T> operators; Checked<T> chains as checked_* chains.
            fn types(out: &mut dyn Write, o: &Operands<$t>) {
                let (label, pairs, values, amounts) = (o.label, &o.pairs, &o.values, &o.amounts);
                binary!(out, label, "Wrapping+", pairs, |a: $t, b: $t| (Wrapping(a) + Wrapping(b)).0.to_string());
                binary!(out, label, "Wrapping-", pairs, |a: $t, b: $t| (Wrapping(a) - Wrapping(b)).0.to_string());
                binary!(out, label, "Wrapping*", pairs, |a: $t, b: $t| (Wrapping(a) * Wrapping(b)).0.to_string());
                binary_may_panic!(out, label, "Wrapping/", pairs, |a: $t, b: $t| (Wrapping(a) / Wrapping(b)).0.to_string());
                binary_may_panic!(out, label, "Wrapping%", pairs, |a: $t, b: $t| (Wrapping(a) % Wrapping(b)).0.to_string());
                unary!(out, label, "Wrapping-unary", values, |a: $t| (-Wrapping(a)).0.to_string());
                with_amount!(out, label, "Wrapping<<", values, amounts, |a: $t, n: u32| (Wrapping(a) << (n as usize)).0.to_string());
                with_amount!(out, label, "Wrapping>>", values, amounts, |a: $t, n: u32| (Wrapping(a) >> (n as usize)).0.to_string());
                binary!(out, label, "Saturating+", pairs, |a: $t, b: $t| (Saturating(a) + Saturating(b)).0.to_string());
                binary!(out, label, "Saturating-", pairs, |a: $t, b: $t| (Saturating(a) - Saturating(b)).0.to_string());
                binary!(out, label, "Saturating*", pairs, |a: $t, b: $t| (Saturating(a) * Saturating(b)).0.to_string());
                binary_may_panic!(out, label, "Saturating/", pairs, |a: $t, b: $t| (Saturating(a) / Saturating(b)).0.to_string());
                binary!(out, label, "Checked(a*b+a-b)", pairs, |a: $t, b: $t| opt(
                    a.checked_mul(b).and_then(|x| x.checked_add(a)).and_then(|x| x.checked_sub(b))));
                binary!(out, label, "Checked(a/b%a)", pairs, |a: $t, b: $t| opt(
                    a.checked_div(b).and_then(|x| x.checked_rem(a))));
            }

            specific!($t, $($specific)*);
        }
    };
}

/// The functions Rust has only for signed, or only for unsigned, types.
macro_rules! specific {
    ($t:ident, signed) => {
        fn specific(out: &mut dyn Write, o: &Operands<$t>) {
            let (label, values) = (o.label, &o.values);
            unary!(out, label, "checked_abs", values, |a: $t| opt(a.checked_abs()));
            unary!(out, label, "wrapping_abs", values, |a: $t| a.wrapping_abs().to_string());
            unary!(out, label, "overflowing_abs", values, |a: $t| pair(a.overflowing_abs()));
            unary!(out, label, "saturating_abs", values, |a: $t| a.saturating_abs().to_string());
            unary!(out, label, "saturating_neg", values, |a: $t| a.saturating_neg().to_string());
            unary!(out, label, "checked_isqrt", values, |a: $t| opt(a.checked_isqrt()));
            unary!(out, label, "Saturating-unary", values, |a: $t| (-Saturating(a)).0.to_string());
        }
    };
    ($t:ident, unsigned $s:ident) => {
        fn specific(out: &mut dyn Write, o: &Operands<$t>) {
            let (label, values, pairs) = (o.label, &o.values, &o.pairs);
            unary!(out, label, "checked_next_power_of_two", values, |a: $t| opt(a.checked_next_power_of_two()));
            binary!(out, label, "checked_add_signed", pairs, |a: $t, b: $t| opt(a.checked_add_signed(b as $s)));
            binary!(out, label, "wrapping_add_signed", pairs, |a: $t, b: $t| a.wrapping_add_signed(b as $s).to_string());
            binary!(out, label, "saturating_add_signed", pairs, |a: $t, b: $t| a.saturating_add_signed(b as $s).to_string());
            binary!(out, label, "overflowing_add_signed", pairs, |a: $t, b: $t| pair(a.overflowing_add_signed(b as $s)));
        }
    };
}

suite!(suite_i8, i8, signed);
suite!(suite_i16, i16, signed);
suite!(suite_i32, i32, signed);
suite!(suite_i64, i64, signed);
suite!(suite_isize, isize, signed);
suite!(suite_u8, u8, unsigned i8);
suite!(suite_u16, u16, unsigned i16);
suite!(suite_u32, u32, unsigned i32);
suite!(suite_u64, u64, unsigned i64);
suite!(suite_usize, usize, unsigned isize);

fn main() {
    // A panic is an expected result here, printed as `panic`; keep the default hook's report off
    // stderr.
    panic::set_hook(Box::new(|_| {}));
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    suite_i8::run(&mut out);
    suite_i16::run(&mut out);
    suite_i32::run(&mut out);
    suite_i64::run(&mut out);
    suite_isize::run(&mut out);
    suite_u8::run(&mut out);
    suite_u16::run(&mut out);
    suite_u32::run(&mut out);
    suite_u64::run(&mut out);
    suite_usize::run(&mut out);
    out.flush().unwrap();
}
