//! The Callback model (Genesys Cloud Platform API, SDK 86.0.0): one file per type.

mod callback;
mod callback_state;
mod dialer_preview;
mod direction;
mod disconnect_type;
mod phone_number_column;
mod segment;
mod upload_status;
mod voicemail;
mod wrapup;

pub use callback::{Callback, CallbackBuilder};
pub use callback_state::CallbackState;
pub use dialer_preview::{DialerPreview, DialerPreviewBuilder};
pub use direction::Direction;
pub use disconnect_type::DisconnectType;
pub use phone_number_column::{PhoneNumberColumn, PhoneNumberColumnBuilder};
pub use segment::{Segment, SegmentBuilder};
pub use upload_status::UploadStatus;
pub use voicemail::{Voicemail, VoicemailBuilder};
pub use wrapup::{Wrapup, WrapupBuilder};
