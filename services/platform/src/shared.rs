//! State the modules of one process share, found by type: a cache that one
//! service fills and another invalidates (the identity service's API-token cache,
//! read by authentication and cleared by revocation) lives here, so neither needs
//! a handle on the other.

use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// One value per type, created on first use and shared by every clone.
#[derive(Clone, Default)]
pub struct Shared {
    values: Arc<Mutex<HashMap<TypeId, Arc<dyn Any + Send + Sync>>>>,
}

impl std::fmt::Debug for Shared {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let count = self.values.lock().map(|values| values.len()).unwrap_or(0);
        formatter
            .debug_struct("Shared")
            .field("values", &count)
            .finish()
    }
}

impl Shared {
    /// The process's value of type `T`, made by `create` if there is none yet.
    /// `create` runs with the map locked: it must not use this `Shared` itself
    /// (get what it needs first).
    pub fn get_or_insert_with<T: Send + Sync + 'static>(
        &self,
        create: impl FnOnce() -> T,
    ) -> Arc<T> {
        let mut values = self
            .values
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let value = values
            .entry(TypeId::of::<T>())
            .or_insert_with(|| Arc::new(create()))
            .clone();
        drop(values);
        // The entry for `TypeId::of::<T>()` only ever holds a `T`.
        value
            .downcast::<T>()
            .unwrap_or_else(|_| unreachable!("a value stored under another type's id"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clones_share_one_value_per_type() {
        let shared = Shared::default();
        let first = shared.get_or_insert_with(|| Mutex::new(1_u32));
        *first.lock().expect("lock") = 7;
        let again = shared.clone().get_or_insert_with(|| Mutex::new(0_u32));
        assert_eq!(*again.lock().expect("lock"), 7);
        let other = shared.get_or_insert_with(|| String::from("text"));
        assert_eq!(other.as_str(), "text");
    }
}
