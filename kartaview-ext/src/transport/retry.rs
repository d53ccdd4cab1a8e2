//! Bounded retries with exponential backoff and full jitter, honouring `Retry-After`.

use std::future::Future;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use tracing::Instrument;

use crate::error::{Error, Result};

/// When and how often an idempotent request is tried again.
///
/// Retried: connection errors, timeouts, HTTP 408, 429 and 5xx. The delay before attempt `n`
/// is a random duration up to `min(max_delay, base_delay × 2ⁿ)`, or the server's `Retry-After`
/// when it sends one (capped at `max_retry_after`).
///
/// Every retry also draws on one budget shared by everything a [`Client`](crate::Client) (and
/// its clones) has in flight: `budget` retries in reserve, one more earned back by every ten
/// requests that succeed at their first attempt. A server that fails everything thus sees at
/// most `budget` retries in all, however many requests are in flight; a healthy one that
/// fails now and then sees about one retry in ten requests at most.
///
/// Built from its default, so that a new setting is not a breaking change:
/// `RetryPolicy::default().max_attempts(3).budget(50)`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RetryPolicy {
    /// Attempts in total, the first included; 1 disables retries.
    pub max_attempts: u32,
    /// The backoff unit.
    pub base_delay: Duration,
    /// The largest backoff between two attempts.
    pub max_delay: Duration,
    /// The longest `Retry-After` obeyed; a longer one makes the request fail at once.
    pub max_retry_after: Duration,
    /// Retries in reserve for the whole client (default 20).
    pub budget: u32,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 4,
            base_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(8),
            max_retry_after: Duration::from_secs(60),
            budget: 20,
        }
    }
}

impl RetryPolicy {
    /// Attempts in total, the first included (at least 1).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The backoff unit.
    pub fn base_delay(mut self, delay: Duration) -> Self {
        self.base_delay = delay;
        self
    }

    /// The largest backoff between two attempts.
    pub fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// The longest `Retry-After` obeyed.
    pub fn max_retry_after(mut self, wait: Duration) -> Self {
        self.max_retry_after = wait;
        self
    }

    /// Retries in reserve for the whole client.
    pub fn budget(mut self, retries: u32) -> Self {
        self.budget = retries;
        self
    }

    /// A policy that never retries.
    pub fn none() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }

    fn backoff(&self, retry: u32) -> Duration {
        let ceiling = self
            .base_delay
            .saturating_mul(2u32.saturating_pow(retry))
            .min(self.max_delay);
        ceiling.mul_f64(fastrand::f64())
    }
}

/// The retries a client has in reserve, in tenths: a first-attempt success earns one tenth.
#[derive(Debug)]
pub(crate) struct RetryBudget {
    tenths: AtomicU32,
    capacity: u32,
}

impl RetryBudget {
    pub(crate) fn new(retries: u32) -> Self {
        let capacity = retries.saturating_mul(10);
        RetryBudget {
            tenths: AtomicU32::new(capacity),
            capacity,
        }
    }

    /// Takes one retry, when one is left.
    fn withdraw(&self) -> bool {
        self.tenths
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |t| t.checked_sub(10))
            .is_ok()
    }

    /// A request succeeded at its first attempt: a tenth of a retry back.
    fn deposit(&self) {
        let _ = self
            .tenths
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |t| {
                (t < self.capacity).then_some(t + 1)
            });
    }
}

/// A client's retry settings and its shared budget: what every request path retries with.
#[derive(Debug)]
pub(crate) struct Retries {
    pub policy: RetryPolicy,
    budget: RetryBudget,
}

impl Retries {
    pub(crate) fn new(policy: RetryPolicy) -> Self {
        let budget = RetryBudget::new(policy.budget);
        Retries { policy, budget }
    }
}

/// One failed attempt: the error, and how long the server asked us to wait.
#[derive(Debug)]
pub(crate) struct Failure {
    pub error: Error,
    pub retry_after: Option<Duration>,
}

impl From<Error> for Failure {
    fn from(error: Error) -> Self {
        Failure {
            error,
            retry_after: None,
        }
    }
}

/// Runs `attempt` until it succeeds, fails for good, or the policy's attempts or the client's
/// retry budget are spent. Non-idempotent calls get exactly one attempt.
pub(crate) async fn run<T, F, Fut>(
    retries: &Retries,
    operation: &'static str,
    idempotent: bool,
    mut attempt: F,
) -> Result<T>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = std::result::Result<T, Failure>>,
{
    let policy = &retries.policy;
    let max_attempts = if idempotent {
        policy.max_attempts.max(1)
    } else {
        1
    };
    let mut number = 1;
    loop {
        let span = tracing::debug_span!("kartaview.request", operation, attempt = number);
        let started = Instant::now();
        let outcome = attempt().instrument(span.clone()).await;
        let latency_ms = started.elapsed().as_millis() as u64;
        let failure = match outcome {
            Ok(value) => {
                span.in_scope(|| tracing::debug!(latency_ms, "ok"));
                if number == 1 {
                    retries.budget.deposit();
                }
                return Ok(value);
            }
            Err(failure) => failure,
        };
        let status = failure.error.http_status();
        let wait = match failure.retry_after {
            Some(wait) if wait > policy.max_retry_after => None,
            Some(wait) => Some(wait),
            None => Some(policy.backoff(number - 1)),
        };
        let may_retry = number < max_attempts && failure.error.is_retryable();
        if may_retry && wait.is_some() && !retries.budget.withdraw() {
            span.in_scope(|| {
                tracing::warn!(latency_ms, status, error = %failure.error, "not retried: the client's retry budget is spent");
            });
            return Err(failure.error);
        }
        match wait {
            Some(wait) if may_retry => {
                span.in_scope(|| {
                    tracing::warn!(latency_ms, status, error = %failure.error, retry_in_ms = wait.as_millis() as u64, "retrying");
                });
                tokio::time::sleep(wait).await;
                number += 1;
            }
            _ => {
                span.in_scope(
                    || tracing::debug!(latency_ms, status, error = %failure.error, "failed"),
                );
                return Err(failure.error);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU32, Ordering};

    fn fast() -> RetryPolicy {
        RetryPolicy::default()
            .max_attempts(3)
            .base_delay(Duration::from_millis(1))
            .max_delay(Duration::from_millis(2))
            .max_retry_after(Duration::from_secs(1))
    }

    fn http(status: u16) -> Failure {
        Error::Http {
            status,
            snippet: String::new(),
        }
        .into()
    }

    #[test]
    fn ten_first_attempt_successes_earn_one_retry_back_up_to_the_reserve() {
        let budget = RetryBudget::new(2);
        assert!(budget.withdraw() && budget.withdraw());
        assert!(!budget.withdraw());
        (0..9).for_each(|_| budget.deposit());
        assert!(!budget.withdraw(), "nine tenths are not a retry");
        budget.deposit();
        assert!(budget.withdraw());
        // Never more than the reserve, however long things go well.
        (0..1000).for_each(|_| budget.deposit());
        assert!(budget.withdraw() && budget.withdraw());
        assert!(!budget.withdraw());
    }

    #[tokio::test]
    async fn transient_errors_are_retried_up_to_the_bound() {
        let calls = AtomicU32::new(0);
        let result: Result<()> = run(&Retries::new(fast()), "op", true, || async {
            calls.fetch_add(1, Ordering::SeqCst);
            Err(http(503))
        })
        .await;
        assert_eq!(result.unwrap_err().http_status(), Some(503));
        assert_eq!(calls.load(Ordering::SeqCst), 3);
    }

    #[tokio::test]
    async fn success_after_transient_failures() {
        let calls = AtomicU32::new(0);
        let result = run(&Retries::new(fast()), "op", true, || async {
            match calls.fetch_add(1, Ordering::SeqCst) {
                0 | 1 => Err(http(502)),
                _ => Ok(7),
            }
        })
        .await;
        assert_eq!(result.unwrap(), 7);
        assert_eq!(calls.load(Ordering::SeqCst), 3);
    }

    #[tokio::test]
    async fn permanent_errors_and_non_idempotent_calls_are_not_retried() {
        let calls = AtomicU32::new(0);
        let result: Result<()> = run(&Retries::new(fast()), "op", true, || async {
            calls.fetch_add(1, Ordering::SeqCst);
            Err(http(400))
        })
        .await;
        assert!(result.is_err());
        assert_eq!(calls.load(Ordering::SeqCst), 1);

        let result: Result<()> = run(&Retries::new(fast()), "op", false, || async {
            calls.fetch_add(1, Ordering::SeqCst);
            Err(http(503))
        })
        .await;
        assert!(result.is_err());
        assert_eq!(calls.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn retry_after_beyond_the_cap_fails_at_once() {
        let calls = AtomicU32::new(0);
        let result: Result<()> = run(&Retries::new(fast()), "op", true, || async {
            calls.fetch_add(1, Ordering::SeqCst);
            Err(Failure {
                error: Error::Http {
                    status: 429,
                    snippet: String::new(),
                },
                retry_after: Some(Duration::from_secs(3600)),
            })
        })
        .await;
        assert_eq!(result.unwrap_err().http_status(), Some(429));
        assert_eq!(calls.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn backoff_is_bounded() {
        let policy = RetryPolicy::default();
        for retry in 0..40 {
            assert!(policy.backoff(retry) <= policy.max_delay);
        }
    }
}
