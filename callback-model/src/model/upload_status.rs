//! `UploadStatus`: how far a voicemail's upload has come.

use crate::string_enum::string_enum;

string_enum! {
    /// How far the upload of a voicemail recording has come.
    pub enum UploadStatus {
        /// Not uploaded yet.
        Pending = "pending",
        /// Uploaded.
        Complete = "complete",
        /// The upload failed.
        Failed = "failed",
        /// The upload took too long.
        Timeout = "timeout",
        /// No upload.
        None = "none",
    }
}
