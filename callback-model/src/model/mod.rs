//! The Callback model (Genesys Cloud Platform API, as platform-client-sdk-dotnet
//! 270.0.0 describes it), and the requests that create and change callbacks: one file
//! per type.
//!
//! New since SDK 86.0.0 (the 2020 shape): six fields of [`Callback`]
//! (`initialState`, `afterCallWork`, `afterCallWorkRequired`, `callerId`,
//! `callerIdName`, `queueMediaSettings`), [`DialerPreview`]'s `callbackAutoAnswer`,
//! [`PhoneNumberColumn`]'s `callableTimeColumnName`, the types [`AfterCallWork`],
//! [`AfterCallWorkState`] and [`ConversationQueueMediaSettings`], and the requests and
//! responses of `POST` and `PATCH /api/v2/conversations/callbacks`:
//! [`CreateCallbackCommand`] (with [`RoutingData`], [`ScoredAgent`],
//! [`DomainEntityRef`]), [`CreateCallbackResponse`] (with [`CallbackIdentifier`],
//! [`CallbackIdentifierType`]), [`PatchCallbackRequest`] and
//! [`CustomerFirstCallbackDeliveryMode`].

mod after_call_work;
mod after_call_work_state;
mod callback;
mod callback_identifier;
mod callback_identifier_type;
mod callback_state;
mod conversation_queue_media_settings;
mod create_callback_command;
mod create_callback_response;
mod customer_first_callback_delivery_mode;
mod dialer_preview;
mod direction;
mod disconnect_type;
mod domain_entity_ref;
mod patch_callback_request;
mod phone_number_column;
mod routing_data;
mod scored_agent;
mod segment;
mod upload_status;
mod voicemail;
mod wrapup;

pub use after_call_work::{AfterCallWork, AfterCallWorkBuilder};
pub use after_call_work_state::AfterCallWorkState;
pub use callback::{Callback, CallbackBuilder};
pub use callback_identifier::{CallbackIdentifier, CallbackIdentifierBuilder};
pub use callback_identifier_type::CallbackIdentifierType;
pub use callback_state::CallbackState;
pub use conversation_queue_media_settings::{ConversationQueueMediaSettings, ConversationQueueMediaSettingsBuilder};
pub use create_callback_command::{CreateCallbackCommand, CreateCallbackCommandBuilder};
pub use create_callback_response::{CreateCallbackResponse, CreateCallbackResponseBuilder};
pub use customer_first_callback_delivery_mode::CustomerFirstCallbackDeliveryMode;
pub use dialer_preview::{DialerPreview, DialerPreviewBuilder};
pub use direction::Direction;
pub use disconnect_type::DisconnectType;
pub use domain_entity_ref::{DomainEntityRef, DomainEntityRefBuilder};
pub use patch_callback_request::{PatchCallbackRequest, PatchCallbackRequestBuilder};
pub use phone_number_column::{PhoneNumberColumn, PhoneNumberColumnBuilder};
pub use routing_data::{RoutingData, RoutingDataBuilder};
pub use scored_agent::{ScoredAgent, ScoredAgentBuilder};
pub use segment::{Segment, SegmentBuilder};
pub use upload_status::UploadStatus;
pub use voicemail::{Voicemail, VoicemailBuilder};
pub use wrapup::{Wrapup, WrapupBuilder};
