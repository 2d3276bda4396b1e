//! Deliveries as the API shows them: one with its attempts, and lists
//! filtered by state, channel, event and time.

use secureflow_platform::db::Database;
use secureflow_platform::pagination::Page;
use secureflow_platform::{Error, Result};

use crate::store::deliveries::{self as store, DeliveryRow, Filters};

/// The deliveries of every organisation.
#[derive(Debug, Clone)]
pub struct Deliveries {
    db: Database,
}

impl Deliveries {
    /// Over the service's database.
    pub fn new(db: Database) -> Self {
        Self { db }
    }

    /// The organisation's delivery `id`.
    pub async fn get(&self, organization_id: &str, id: &str) -> Result<DeliveryRow> {
        store::get(&self.db, organization_id, id)
            .await?
            .ok_or_else(|| Error::not_found("delivery", id))
    }

    /// A page of the organisation's deliveries, newest first.
    pub async fn list(
        &self,
        organization_id: &str,
        filters: &Filters,
        page: Page,
    ) -> Result<Vec<DeliveryRow>> {
        if let (Some(since), Some(until)) = (filters.since_us, filters.until_us)
            && since >= until
        {
            return Err(Error::invalid_field("until", "must be after since"));
        }
        store::list(&self.db, organization_id, filters, page).await
    }
}
