//! Acts: the words that make an event (killed, attacked, airstrike, arrested,
//! blockaded, protest, riot...).
