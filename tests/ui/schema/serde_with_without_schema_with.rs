use callback_model::Schema;
use serde::Deserialize;

mod seconds {
    pub fn deserialize<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<std::time::Duration, D::Error> {
        let seconds: u64 = serde::Deserialize::deserialize(deserializer)?;
        Ok(std::time::Duration::from_secs(seconds))
    }
}

#[derive(Deserialize, Schema)]
struct Timer {
    #[serde(deserialize_with = "seconds::deserialize")]
    wait: std::time::Duration,
}

fn main() {}
