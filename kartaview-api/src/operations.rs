// Generated from openapi.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Every operation of openapi.yaml as a typed value ([`OperationSpec`]), and the
//! [`Operation`] impl of every generated builder: what the handwritten layer runs them
//! through, without retyping a name.
use std::future::Future;
use std::num::NonZeroU64;
use progenitor_client::{ByteStream, Error, ResponseValue};
use crate::operation::{Method, Operation, OperationSpec, PagedOperation};
use crate::{builder, types};
/// `POST /1.0/list/my-list/`: The logged-in user's sequences (API 1.0); generated.
pub const V1_MY_LIST: OperationSpec = OperationSpec {
    id: "v1MyList",
    method: Method::Post,
    path: "/1.0/list/my-list/",
    idempotent: true,
    handwritten: false,
};
/// `POST /1.0/list/nearby-photos/`: Photos near a point or in a bounding box (API 1.0); generated.
pub const V1_NEARBY_PHOTOS_LIST: OperationSpec = OperationSpec {
    id: "v1NearbyPhotosList",
    method: Method::Post,
    path: "/1.0/list/nearby-photos/",
    idempotent: true,
    handwritten: false,
};
/// `POST /1.0/photo/`: Upload a photo (API 1.0); handwritten in kartaview-ext: multipart.
pub const V1_PHOTO_CREATE: OperationSpec = OperationSpec {
    id: "v1PhotoCreate",
    method: Method::Post,
    path: "/1.0/photo/",
    idempotent: true,
    handwritten: true,
};
/// `POST /1.0/photo/details/`: One photo's details (API 1.0); generated.
pub const V1_PHOTO_DETAILS: OperationSpec = OperationSpec {
    id: "v1PhotoDetails",
    method: Method::Post,
    path: "/1.0/photo/details/",
    idempotent: true,
    handwritten: false,
};
/// `POST /1.0/photo/full-details/`: A photo by sequence and index, with its details (API 1.0); generated.
pub const V1_PHOTO_FULL_DETAILS: OperationSpec = OperationSpec {
    id: "v1PhotoFullDetails",
    method: Method::Post,
    path: "/1.0/photo/full-details/",
    idempotent: true,
    handwritten: false,
};
/// `POST /1.0/photo/remove/`: Delete a photo (API 1.0); generated.
pub const V1_PHOTO_REMOVE: OperationSpec = OperationSpec {
    id: "v1PhotoRemove",
    method: Method::Post,
    path: "/1.0/photo/remove/",
    idempotent: false,
    handwritten: false,
};
/// `POST /1.0/photo/rotate/`: Rotate photos of a sequence (API 1.0); generated.
pub const V1_PHOTO_ROTATE: OperationSpec = OperationSpec {
    id: "v1PhotoRotate",
    method: Method::Post,
    path: "/1.0/photo/rotate/",
    idempotent: false,
    handwritten: false,
};
/// `POST /1.0/sequence/`: Create a sequence (API 1.0); generated.
pub const V1_SEQUENCE_CREATE: OperationSpec = OperationSpec {
    id: "v1SequenceCreate",
    method: Method::Post,
    path: "/1.0/sequence/",
    idempotent: false,
    handwritten: false,
};
/// `POST /1.0/sequence/finished-uploading/`: Close a sequence for upload (API 1.0); generated.
pub const V1_SEQUENCE_FINISHED_UPLOADING: OperationSpec = OperationSpec {
    id: "v1SequenceFinishedUploading",
    method: Method::Post,
    path: "/1.0/sequence/finished-uploading/",
    idempotent: false,
    handwritten: false,
};
/// `POST /1.0/sequence/photo-list/`: Every photo of a sequence in one response (API 1.0); generated.
pub const V1_SEQUENCE_PHOTO_LIST: OperationSpec = OperationSpec {
    id: "v1SequencePhotoList",
    method: Method::Post,
    path: "/1.0/sequence/photo-list/",
    idempotent: true,
    handwritten: false,
};
/// `POST /1.0/sequence/remove/`: Delete a sequence (API 1.0); generated.
pub const V1_SEQUENCE_REMOVE: OperationSpec = OperationSpec {
    id: "v1SequenceRemove",
    method: Method::Post,
    path: "/1.0/sequence/remove/",
    idempotent: false,
    handwritten: false,
};
/// `POST /1.0/tracks/`: Map-matched coverage segments in a bounding box (API 1.0); generated.
pub const V1_TRACKS_LIST: OperationSpec = OperationSpec {
    id: "v1TracksList",
    method: Method::Post,
    path: "/1.0/tracks/",
    idempotent: true,
    handwritten: false,
};
/// `POST /1.0/user/details/`: A user's profile and totals (API 1.0); generated.
pub const V1_USER_DETAILS: OperationSpec = OperationSpec {
    id: "v1UserDetails",
    method: Method::Post,
    path: "/1.0/user/details/",
    idempotent: true,
    handwritten: false,
};
/// `POST /1.0/video/`: Upload a video (API 1.0); handwritten in kartaview-ext: multipart.
pub const V1_VIDEO_CREATE: OperationSpec = OperationSpec {
    id: "v1VideoCreate",
    method: Method::Post,
    path: "/1.0/video/",
    idempotent: true,
    handwritten: true,
};
/// `GET /2.0/listener/maintenance`: Retrieve maintenance notices; generated.
pub const LISTENER_MAINTENANCE_GET_ALL: OperationSpec = OperationSpec {
    id: "listenerMaintenanceGetAll",
    method: Method::Get,
    path: "/2.0/listener/maintenance",
    idempotent: true,
    handwritten: false,
};
/// `GET /2.0/photo-part/`: Retrieve photo parts; generated.
pub const PHOTO_PART_GET_ALL: OperationSpec = OperationSpec {
    id: "photoPartGetAll",
    method: Method::Get,
    path: "/2.0/photo-part/",
    idempotent: true,
    handwritten: false,
};
/// `POST /2.0/photo-part/`: Upload a photo part; handwritten in kartaview-ext: multipart.
pub const PHOTO_PART_CREATE: OperationSpec = OperationSpec {
    id: "photoPartCreate",
    method: Method::Post,
    path: "/2.0/photo-part/",
    idempotent: false,
    handwritten: true,
};
/// `DELETE /2.0/photo-part/{photoPartId}`: Delete a photo part; generated.
pub const PHOTO_PART_DELETE_BY_ID: OperationSpec = OperationSpec {
    id: "photoPartDeleteById",
    method: Method::Delete,
    path: "/2.0/photo-part/{photoPartId}",
    idempotent: true,
    handwritten: false,
};
/// `GET /2.0/photo-part/{photoPartId}`: Get a photo part; generated.
pub const PHOTO_PART_GET_BY_ID: OperationSpec = OperationSpec {
    id: "photoPartGetById",
    method: Method::Get,
    path: "/2.0/photo-part/{photoPartId}",
    idempotent: true,
    handwritten: false,
};
/// `PUT /2.0/photo-part/{photoPartId}`: Update a photo part; generated.
pub const PHOTO_PART_UPDATE_BY_ID: OperationSpec = OperationSpec {
    id: "photoPartUpdateById",
    method: Method::Put,
    path: "/2.0/photo-part/{photoPartId}",
    idempotent: true,
    handwritten: false,
};
/// `GET /2.0/photo/`: Retrieve photos; generated.
pub const PHOTO_GET_ALL: OperationSpec = OperationSpec {
    id: "photoGetAll",
    method: Method::Get,
    path: "/2.0/photo/",
    idempotent: true,
    handwritten: false,
};
/// `POST /2.0/photo/`: Upload a photo; handwritten in kartaview-ext: multipart.
pub const PHOTO_CREATE: OperationSpec = OperationSpec {
    id: "photoCreate",
    method: Method::Post,
    path: "/2.0/photo/",
    idempotent: true,
    handwritten: true,
};
/// `DELETE /2.0/photo/{photoId}`: Delete a photo; generated.
pub const PHOTO_DELETE_BY_ID: OperationSpec = OperationSpec {
    id: "photoDeleteById",
    method: Method::Delete,
    path: "/2.0/photo/{photoId}",
    idempotent: true,
    handwritten: false,
};
/// `GET /2.0/photo/{photoId}`: Get the details of a photo; generated.
pub const PHOTO_GET_BY_ID: OperationSpec = OperationSpec {
    id: "photoGetById",
    method: Method::Get,
    path: "/2.0/photo/{photoId}",
    idempotent: true,
    handwritten: false,
};
/// `PUT /2.0/photo/{photoId}`: Update a photo, optionally replacing its image; handwritten in kartaview-ext: multipart.
pub const PHOTO_UPDATE_BY_ID: OperationSpec = OperationSpec {
    id: "photoUpdateById",
    method: Method::Put,
    path: "/2.0/photo/{photoId}",
    idempotent: true,
    handwritten: true,
};
/// `GET /2.0/sequence-attachment/`: Retrieve sequence attachments; generated.
pub const SEQUENCE_ATTACHMENT_GET_ALL: OperationSpec = OperationSpec {
    id: "sequenceAttachmentGetAll",
    method: Method::Get,
    path: "/2.0/sequence-attachment/",
    idempotent: true,
    handwritten: false,
};
/// `POST /2.0/sequence-attachment/`: Upload a sequence attachment; handwritten in kartaview-ext: multipart.
pub const SEQUENCE_ATTACHMENT_CREATE: OperationSpec = OperationSpec {
    id: "sequenceAttachmentCreate",
    method: Method::Post,
    path: "/2.0/sequence-attachment/",
    idempotent: false,
    handwritten: true,
};
/// `DELETE /2.0/sequence-attachment/{attachmentId}`: Delete a sequence attachment; generated.
pub const SEQUENCE_ATTACHMENT_DELETE_BY_ID: OperationSpec = OperationSpec {
    id: "sequenceAttachmentDeleteById",
    method: Method::Delete,
    path: "/2.0/sequence-attachment/{attachmentId}",
    idempotent: true,
    handwritten: false,
};
/// `GET /2.0/sequence-attachment/{attachmentId}`: Get a sequence attachment; generated.
pub const SEQUENCE_ATTACHMENT_GET_BY_ID: OperationSpec = OperationSpec {
    id: "sequenceAttachmentGetById",
    method: Method::Get,
    path: "/2.0/sequence-attachment/{attachmentId}",
    idempotent: true,
    handwritten: false,
};
/// `PUT /2.0/sequence-attachment/{attachmentId}`: Update a sequence attachment; generated.
pub const SEQUENCE_ATTACHMENT_UPDATE_BY_ID: OperationSpec = OperationSpec {
    id: "sequenceAttachmentUpdateById",
    method: Method::Put,
    path: "/2.0/sequence-attachment/{attachmentId}",
    idempotent: true,
    handwritten: false,
};
/// `GET /2.0/sequence-rawdata/`: Retrieve sequence raw data; generated.
pub const SEQUENCE_RAWDATA_GET_ALL: OperationSpec = OperationSpec {
    id: "sequenceRawdataGetAll",
    method: Method::Get,
    path: "/2.0/sequence-rawdata/",
    idempotent: true,
    handwritten: false,
};
/// `POST /2.0/sequence-rawdata/`: Upload sequence raw data; handwritten in kartaview-ext: multipart.
pub const SEQUENCE_RAWDATA_CREATE: OperationSpec = OperationSpec {
    id: "sequenceRawdataCreate",
    method: Method::Post,
    path: "/2.0/sequence-rawdata/",
    idempotent: false,
    handwritten: true,
};
/// `DELETE /2.0/sequence-rawdata/{rawDataId}`: Delete sequence raw data; generated.
pub const SEQUENCE_RAWDATA_DELETE_BY_ID: OperationSpec = OperationSpec {
    id: "sequenceRawdataDeleteById",
    method: Method::Delete,
    path: "/2.0/sequence-rawdata/{rawDataId}",
    idempotent: true,
    handwritten: false,
};
/// `GET /2.0/sequence-rawdata/{rawDataId}`: Get sequence raw data; generated.
pub const SEQUENCE_RAWDATA_GET_BY_ID: OperationSpec = OperationSpec {
    id: "sequenceRawdataGetById",
    method: Method::Get,
    path: "/2.0/sequence-rawdata/{rawDataId}",
    idempotent: true,
    handwritten: false,
};
/// `PUT /2.0/sequence-rawdata/{rawDataId}`: Update sequence raw data; generated.
pub const SEQUENCE_RAWDATA_UPDATE_BY_ID: OperationSpec = OperationSpec {
    id: "sequenceRawdataUpdateById",
    method: Method::Put,
    path: "/2.0/sequence-rawdata/{rawDataId}",
    idempotent: true,
    handwritten: false,
};
/// `GET /2.0/sequence/`: Retrieve sequences; generated.
pub const SEQUENCE_GET_ALL: OperationSpec = OperationSpec {
    id: "sequenceGetAll",
    method: Method::Get,
    path: "/2.0/sequence/",
    idempotent: true,
    handwritten: false,
};
/// `POST /2.0/sequence/`: Create a new sequence; generated.
pub const SEQUENCE_CREATE: OperationSpec = OperationSpec {
    id: "sequenceCreate",
    method: Method::Post,
    path: "/2.0/sequence/",
    idempotent: false,
    handwritten: false,
};
/// `GET /2.0/sequence/map-matched-tracks`: Get map-matched tracks in a bounding box; generated.
pub const SEQUENCE_GET_MAP_MATCHED_TRACKS: OperationSpec = OperationSpec {
    id: "sequenceGetMapMatchedTracks",
    method: Method::Get,
    path: "/2.0/sequence/map-matched-tracks",
    idempotent: true,
    handwritten: false,
};
/// `GET /2.0/sequence/tiles/{x}/{y}/{z}.png`: Coverage map raster tile; generated.
pub const SEQUENCE_GET_TILE: OperationSpec = OperationSpec {
    id: "sequenceGetTile",
    method: Method::Get,
    path: "/2.0/sequence/tiles/{x}/{y}/{z}.png",
    idempotent: true,
    handwritten: false,
};
/// `DELETE /2.0/sequence/{sequenceId}`: Delete a sequence; generated.
pub const SEQUENCE_DELETE_BY_ID: OperationSpec = OperationSpec {
    id: "sequenceDeleteById",
    method: Method::Delete,
    path: "/2.0/sequence/{sequenceId}",
    idempotent: true,
    handwritten: false,
};
/// `GET /2.0/sequence/{sequenceId}`: Get the details of a sequence; generated.
pub const SEQUENCE_GET_BY_ID: OperationSpec = OperationSpec {
    id: "sequenceGetById",
    method: Method::Get,
    path: "/2.0/sequence/{sequenceId}",
    idempotent: true,
    handwritten: false,
};
/// `PUT /2.0/sequence/{sequenceId}`: Update the details of a sequence; generated.
pub const SEQUENCE_UPDATE_BY_ID: OperationSpec = OperationSpec {
    id: "sequenceUpdateById",
    method: Method::Put,
    path: "/2.0/sequence/{sequenceId}",
    idempotent: true,
    handwritten: false,
};
/// `GET /2.0/sequence/{sequenceId}/attachments`: The attachments of a sequence; generated.
pub const SEQUENCE_GET_ATTACHMENTS_BY_SEQUENCE_ID: OperationSpec = OperationSpec {
    id: "sequenceGetAttachmentsBySequenceId",
    method: Method::Get,
    path: "/2.0/sequence/{sequenceId}/attachments",
    idempotent: true,
    handwritten: false,
};
/// `GET /2.0/sequence/{sequenceId}/finish`: Mark the upload of a sequence as finished; generated.
pub const SEQUENCE_FINISH_BY_ID: OperationSpec = OperationSpec {
    id: "sequenceFinishById",
    method: Method::Get,
    path: "/2.0/sequence/{sequenceId}/finish",
    idempotent: true,
    handwritten: false,
};
/// `GET /2.0/sequence/{sequenceId}/photos`: Retrieve photos based on the sequence id; generated.
pub const SEQUENCE_GET_PHOTOS_BY_SEQUENCE_ID: OperationSpec = OperationSpec {
    id: "sequenceGetPhotosBySequenceId",
    method: Method::Get,
    path: "/2.0/sequence/{sequenceId}/photos",
    idempotent: true,
    handwritten: false,
};
/// `GET /2.0/sequence/{sequenceId}/rawdatas`: The raw data of a sequence; generated.
pub const SEQUENCE_GET_RAWDATAS_BY_SEQUENCE_ID: OperationSpec = OperationSpec {
    id: "sequenceGetRawdatasBySequenceId",
    method: Method::Get,
    path: "/2.0/sequence/{sequenceId}/rawdatas",
    idempotent: true,
    handwritten: false,
};
/// `GET /2.0/sequence/{sequenceId}/videos`: The videos of a sequence; generated.
pub const SEQUENCE_GET_VIDEOS_BY_SEQUENCE_ID: OperationSpec = OperationSpec {
    id: "sequenceGetVideosBySequenceId",
    method: Method::Get,
    path: "/2.0/sequence/{sequenceId}/videos",
    idempotent: true,
    handwritten: false,
};
/// `GET /2.0/user-metrics/{userId}`: Get the metrics of a user; generated.
pub const USER_METRICS_GET_BY_USER_ID: OperationSpec = OperationSpec {
    id: "userMetricsGetByUserId",
    method: Method::Get,
    path: "/2.0/user-metrics/{userId}",
    idempotent: true,
    handwritten: false,
};
/// `GET /2.0/user/`: Retrieve users; generated.
pub const USER_GET_ALL: OperationSpec = OperationSpec {
    id: "userGetAll",
    method: Method::Get,
    path: "/2.0/user/",
    idempotent: true,
    handwritten: false,
};
/// `DELETE /2.0/user/{userId}`: Delete a user; generated.
pub const USER_DELETE_BY_ID: OperationSpec = OperationSpec {
    id: "userDeleteById",
    method: Method::Delete,
    path: "/2.0/user/{userId}",
    idempotent: true,
    handwritten: false,
};
/// `GET /2.0/user/{userId}`: Get a user; generated.
pub const USER_GET_BY_ID: OperationSpec = OperationSpec {
    id: "userGetById",
    method: Method::Get,
    path: "/2.0/user/{userId}",
    idempotent: true,
    handwritten: false,
};
/// `GET /2.0/video/`: Retrieve videos; generated.
pub const VIDEO_GET_ALL: OperationSpec = OperationSpec {
    id: "videoGetAll",
    method: Method::Get,
    path: "/2.0/video/",
    idempotent: true,
    handwritten: false,
};
/// `POST /2.0/video/`: Upload a video; handwritten in kartaview-ext: multipart.
pub const VIDEO_CREATE: OperationSpec = OperationSpec {
    id: "videoCreate",
    method: Method::Post,
    path: "/2.0/video/",
    idempotent: true,
    handwritten: true,
};
/// `DELETE /2.0/video/{videoId}`: Delete a video; generated.
pub const VIDEO_DELETE_BY_ID: OperationSpec = OperationSpec {
    id: "videoDeleteById",
    method: Method::Delete,
    path: "/2.0/video/{videoId}",
    idempotent: true,
    handwritten: false,
};
/// `GET /2.0/video/{videoId}`: Get the details of a video; generated.
pub const VIDEO_GET_BY_ID: OperationSpec = OperationSpec {
    id: "videoGetById",
    method: Method::Get,
    path: "/2.0/video/{videoId}",
    idempotent: true,
    handwritten: false,
};
/// `PUT /2.0/video/{videoId}`: Update a video; generated.
pub const VIDEO_UPDATE_BY_ID: OperationSpec = OperationSpec {
    id: "videoUpdateById",
    method: Method::Put,
    path: "/2.0/video/{videoId}",
    idempotent: true,
    handwritten: false,
};
/// `POST /auth/{provider}/client_auth`: Log in with an identity provider's token; generated.
pub const AUTH_CLIENT_AUTH: OperationSpec = OperationSpec {
    id: "authClientAuth",
    method: Method::Post,
    path: "/auth/{provider}/client_auth",
    idempotent: false,
    handwritten: false,
};
/// `POST /details`: A sequence with its photos (site, unversioned); generated.
pub const SEQUENCE_DETAILS: OperationSpec = OperationSpec {
    id: "sequenceDetails",
    method: Method::Post,
    path: "/details",
    idempotent: true,
    handwritten: false,
};
/// `POST /gm-leaderboard`: The points leaderboard (unversioned); generated.
pub const GM_LEADERBOARD: OperationSpec = OperationSpec {
    id: "gmLeaderboard",
    method: Method::Post,
    path: "/gm-leaderboard",
    idempotent: true,
    handwritten: false,
};
/// `POST /my-list`: A user's sequences (unversioned alias of v1MyList); generated.
pub const MY_LIST: OperationSpec = OperationSpec {
    id: "myList",
    method: Method::Post,
    path: "/my-list",
    idempotent: true,
    handwritten: false,
};
/// `POST /nearby-tracks`: Sequences passing near a point (API 1.0); generated.
pub const V1_NEARBY_TRACKS_LIST: OperationSpec = OperationSpec {
    id: "v1NearbyTracksList",
    method: Method::Post,
    path: "/nearby-tracks",
    idempotent: true,
    handwritten: false,
};
/// Every operation of the spec, generated and handwritten, in path order.
pub const ALL: &[OperationSpec] = &[
    V1_MY_LIST,
    V1_NEARBY_PHOTOS_LIST,
    V1_PHOTO_CREATE,
    V1_PHOTO_DETAILS,
    V1_PHOTO_FULL_DETAILS,
    V1_PHOTO_REMOVE,
    V1_PHOTO_ROTATE,
    V1_SEQUENCE_CREATE,
    V1_SEQUENCE_FINISHED_UPLOADING,
    V1_SEQUENCE_PHOTO_LIST,
    V1_SEQUENCE_REMOVE,
    V1_TRACKS_LIST,
    V1_USER_DETAILS,
    V1_VIDEO_CREATE,
    LISTENER_MAINTENANCE_GET_ALL,
    PHOTO_PART_GET_ALL,
    PHOTO_PART_CREATE,
    PHOTO_PART_DELETE_BY_ID,
    PHOTO_PART_GET_BY_ID,
    PHOTO_PART_UPDATE_BY_ID,
    PHOTO_GET_ALL,
    PHOTO_CREATE,
    PHOTO_DELETE_BY_ID,
    PHOTO_GET_BY_ID,
    PHOTO_UPDATE_BY_ID,
    SEQUENCE_ATTACHMENT_GET_ALL,
    SEQUENCE_ATTACHMENT_CREATE,
    SEQUENCE_ATTACHMENT_DELETE_BY_ID,
    SEQUENCE_ATTACHMENT_GET_BY_ID,
    SEQUENCE_ATTACHMENT_UPDATE_BY_ID,
    SEQUENCE_RAWDATA_GET_ALL,
    SEQUENCE_RAWDATA_CREATE,
    SEQUENCE_RAWDATA_DELETE_BY_ID,
    SEQUENCE_RAWDATA_GET_BY_ID,
    SEQUENCE_RAWDATA_UPDATE_BY_ID,
    SEQUENCE_GET_ALL,
    SEQUENCE_CREATE,
    SEQUENCE_GET_MAP_MATCHED_TRACKS,
    SEQUENCE_GET_TILE,
    SEQUENCE_DELETE_BY_ID,
    SEQUENCE_GET_BY_ID,
    SEQUENCE_UPDATE_BY_ID,
    SEQUENCE_GET_ATTACHMENTS_BY_SEQUENCE_ID,
    SEQUENCE_FINISH_BY_ID,
    SEQUENCE_GET_PHOTOS_BY_SEQUENCE_ID,
    SEQUENCE_GET_RAWDATAS_BY_SEQUENCE_ID,
    SEQUENCE_GET_VIDEOS_BY_SEQUENCE_ID,
    USER_METRICS_GET_BY_USER_ID,
    USER_GET_ALL,
    USER_DELETE_BY_ID,
    USER_GET_BY_ID,
    VIDEO_GET_ALL,
    VIDEO_CREATE,
    VIDEO_DELETE_BY_ID,
    VIDEO_GET_BY_ID,
    VIDEO_UPDATE_BY_ID,
    AUTH_CLIENT_AUTH,
    SEQUENCE_DETAILS,
    GM_LEADERBOARD,
    MY_LIST,
    V1_NEARBY_TRACKS_LIST,
];
/// The generated operations, each read from its builder's [`Operation`] impl (so each
/// has one), in path order.
pub const GENERATED: &[OperationSpec] = &[
    <builder::V1MyList<'static> as Operation>::SPEC,
    <builder::V1NearbyPhotosList<'static> as Operation>::SPEC,
    <builder::V1PhotoDetails<'static> as Operation>::SPEC,
    <builder::V1PhotoFullDetails<'static> as Operation>::SPEC,
    <builder::V1PhotoRemove<'static> as Operation>::SPEC,
    <builder::V1PhotoRotate<'static> as Operation>::SPEC,
    <builder::V1SequenceCreate<'static> as Operation>::SPEC,
    <builder::V1SequenceFinishedUploading<'static> as Operation>::SPEC,
    <builder::V1SequencePhotoList<'static> as Operation>::SPEC,
    <builder::V1SequenceRemove<'static> as Operation>::SPEC,
    <builder::V1TracksList<'static> as Operation>::SPEC,
    <builder::V1UserDetails<'static> as Operation>::SPEC,
    <builder::ListenerMaintenanceGetAll<'static> as Operation>::SPEC,
    <builder::PhotoPartGetAll<'static> as Operation>::SPEC,
    <builder::PhotoPartDeleteById<'static> as Operation>::SPEC,
    <builder::PhotoPartGetById<'static> as Operation>::SPEC,
    <builder::PhotoPartUpdateById<'static> as Operation>::SPEC,
    <builder::PhotoGetAll<'static> as Operation>::SPEC,
    <builder::PhotoDeleteById<'static> as Operation>::SPEC,
    <builder::PhotoGetById<'static> as Operation>::SPEC,
    <builder::SequenceAttachmentGetAll<'static> as Operation>::SPEC,
    <builder::SequenceAttachmentDeleteById<'static> as Operation>::SPEC,
    <builder::SequenceAttachmentGetById<'static> as Operation>::SPEC,
    <builder::SequenceAttachmentUpdateById<'static> as Operation>::SPEC,
    <builder::SequenceRawdataGetAll<'static> as Operation>::SPEC,
    <builder::SequenceRawdataDeleteById<'static> as Operation>::SPEC,
    <builder::SequenceRawdataGetById<'static> as Operation>::SPEC,
    <builder::SequenceRawdataUpdateById<'static> as Operation>::SPEC,
    <builder::SequenceGetAll<'static> as Operation>::SPEC,
    <builder::SequenceCreate<'static> as Operation>::SPEC,
    <builder::SequenceGetMapMatchedTracks<'static> as Operation>::SPEC,
    <builder::SequenceGetTile<'static> as Operation>::SPEC,
    <builder::SequenceDeleteById<'static> as Operation>::SPEC,
    <builder::SequenceGetById<'static> as Operation>::SPEC,
    <builder::SequenceUpdateById<'static> as Operation>::SPEC,
    <builder::SequenceGetAttachmentsBySequenceId<'static> as Operation>::SPEC,
    <builder::SequenceFinishById<'static> as Operation>::SPEC,
    <builder::SequenceGetPhotosBySequenceId<'static> as Operation>::SPEC,
    <builder::SequenceGetRawdatasBySequenceId<'static> as Operation>::SPEC,
    <builder::SequenceGetVideosBySequenceId<'static> as Operation>::SPEC,
    <builder::UserMetricsGetByUserId<'static> as Operation>::SPEC,
    <builder::UserGetAll<'static> as Operation>::SPEC,
    <builder::UserDeleteById<'static> as Operation>::SPEC,
    <builder::UserGetById<'static> as Operation>::SPEC,
    <builder::VideoGetAll<'static> as Operation>::SPEC,
    <builder::VideoDeleteById<'static> as Operation>::SPEC,
    <builder::VideoGetById<'static> as Operation>::SPEC,
    <builder::VideoUpdateById<'static> as Operation>::SPEC,
    <builder::AuthClientAuth<'static> as Operation>::SPEC,
    <builder::SequenceDetails<'static> as Operation>::SPEC,
    <builder::GmLeaderboard<'static> as Operation>::SPEC,
    <builder::MyList<'static> as Operation>::SPEC,
    <builder::V1NearbyTracksList<'static> as Operation>::SPEC,
];
impl Operation for builder::V1MyList<'_> {
    const SPEC: OperationSpec = V1_MY_LIST;
    type Response = types::V1MyListResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::V1MyList::send(self)
    }
}

impl Operation for builder::V1NearbyPhotosList<'_> {
    const SPEC: OperationSpec = V1_NEARBY_PHOTOS_LIST;
    type Response = types::V1NearbyPhotosResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::V1NearbyPhotosList::send(self)
    }
}

impl Operation for builder::V1PhotoDetails<'_> {
    const SPEC: OperationSpec = V1_PHOTO_DETAILS;
    type Response = types::V1OsvResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::V1PhotoDetails::send(self)
    }
}

impl Operation for builder::V1PhotoFullDetails<'_> {
    const SPEC: OperationSpec = V1_PHOTO_FULL_DETAILS;
    type Response = types::V1OsvResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::V1PhotoFullDetails::send(self)
    }
}

impl Operation for builder::V1PhotoRemove<'_> {
    const SPEC: OperationSpec = V1_PHOTO_REMOVE;
    type Response = types::V1StatusResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::V1PhotoRemove::send(self)
    }
}

impl Operation for builder::V1PhotoRotate<'_> {
    const SPEC: OperationSpec = V1_PHOTO_ROTATE;
    type Response = types::V1StatusResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::V1PhotoRotate::send(self)
    }
}

impl Operation for builder::V1SequenceCreate<'_> {
    const SPEC: OperationSpec = V1_SEQUENCE_CREATE;
    type Response = types::V1SequenceCreateResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::V1SequenceCreate::send(self)
    }
}

impl Operation for builder::V1SequenceFinishedUploading<'_> {
    const SPEC: OperationSpec = V1_SEQUENCE_FINISHED_UPLOADING;
    type Response = types::V1FinishedUploadingResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::V1SequenceFinishedUploading::send(self)
    }
}

impl Operation for builder::V1SequencePhotoList<'_> {
    const SPEC: OperationSpec = V1_SEQUENCE_PHOTO_LIST;
    type Response = types::V1SequencePhotoListResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::V1SequencePhotoList::send(self)
    }
}

impl Operation for builder::V1SequenceRemove<'_> {
    const SPEC: OperationSpec = V1_SEQUENCE_REMOVE;
    type Response = types::V1StatusResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::V1SequenceRemove::send(self)
    }
}

impl Operation for builder::V1TracksList<'_> {
    const SPEC: OperationSpec = V1_TRACKS_LIST;
    type Response = types::V1TracksResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::V1TracksList::send(self)
    }
}

impl Operation for builder::V1UserDetails<'_> {
    const SPEC: OperationSpec = V1_USER_DETAILS;
    type Response = types::V1UserDetailsResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::V1UserDetails::send(self)
    }
}

impl Operation for builder::ListenerMaintenanceGetAll<'_> {
    const SPEC: OperationSpec = LISTENER_MAINTENANCE_GET_ALL;
    type Response = types::MaintenanceNoticeListResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::ListenerMaintenanceGetAll::send(self)
    }
}

impl PagedOperation for builder::ListenerMaintenanceGetAll<'_> {
    fn with_page(self, page: NonZeroU64, items_per_page: NonZeroU64) -> Self {
        self.page(page).items_per_page(items_per_page)
    }
}

impl Operation for builder::PhotoPartGetAll<'_> {
    const SPEC: OperationSpec = PHOTO_PART_GET_ALL;
    type Response = types::PhotoPartListResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::PhotoPartGetAll::send(self)
    }
}

impl PagedOperation for builder::PhotoPartGetAll<'_> {
    fn with_page(self, page: NonZeroU64, items_per_page: NonZeroU64) -> Self {
        self.page(page).items_per_page(items_per_page)
    }
}

impl Operation for builder::PhotoPartDeleteById<'_> {
    const SPEC: OperationSpec = PHOTO_PART_DELETE_BY_ID;
    type Response = types::StatusResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::PhotoPartDeleteById::send(self)
    }
}

impl Operation for builder::PhotoPartGetById<'_> {
    const SPEC: OperationSpec = PHOTO_PART_GET_BY_ID;
    type Response = types::PhotoPartResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::PhotoPartGetById::send(self)
    }
}

impl Operation for builder::PhotoPartUpdateById<'_> {
    const SPEC: OperationSpec = PHOTO_PART_UPDATE_BY_ID;
    type Response = types::PhotoPartResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::PhotoPartUpdateById::send(self)
    }
}

impl Operation for builder::PhotoGetAll<'_> {
    const SPEC: OperationSpec = PHOTO_GET_ALL;
    type Response = types::PhotoListResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::PhotoGetAll::send(self)
    }
}

impl PagedOperation for builder::PhotoGetAll<'_> {
    fn with_page(self, page: NonZeroU64, items_per_page: NonZeroU64) -> Self {
        self.page(page).items_per_page(items_per_page)
    }
}

impl Operation for builder::PhotoDeleteById<'_> {
    const SPEC: OperationSpec = PHOTO_DELETE_BY_ID;
    type Response = types::StatusResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::PhotoDeleteById::send(self)
    }
}

impl Operation for builder::PhotoGetById<'_> {
    const SPEC: OperationSpec = PHOTO_GET_BY_ID;
    type Response = types::PhotoResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::PhotoGetById::send(self)
    }
}

impl Operation for builder::SequenceAttachmentGetAll<'_> {
    const SPEC: OperationSpec = SEQUENCE_ATTACHMENT_GET_ALL;
    type Response = types::SequenceAttachmentListResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::SequenceAttachmentGetAll::send(self)
    }
}

impl PagedOperation for builder::SequenceAttachmentGetAll<'_> {
    fn with_page(self, page: NonZeroU64, items_per_page: NonZeroU64) -> Self {
        self.page(page).items_per_page(items_per_page)
    }
}

impl Operation for builder::SequenceAttachmentDeleteById<'_> {
    const SPEC: OperationSpec = SEQUENCE_ATTACHMENT_DELETE_BY_ID;
    type Response = types::StatusResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::SequenceAttachmentDeleteById::send(self)
    }
}

impl Operation for builder::SequenceAttachmentGetById<'_> {
    const SPEC: OperationSpec = SEQUENCE_ATTACHMENT_GET_BY_ID;
    type Response = types::SequenceAttachmentResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::SequenceAttachmentGetById::send(self)
    }
}

impl Operation for builder::SequenceAttachmentUpdateById<'_> {
    const SPEC: OperationSpec = SEQUENCE_ATTACHMENT_UPDATE_BY_ID;
    type Response = types::SequenceAttachmentResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::SequenceAttachmentUpdateById::send(self)
    }
}

impl Operation for builder::SequenceRawdataGetAll<'_> {
    const SPEC: OperationSpec = SEQUENCE_RAWDATA_GET_ALL;
    type Response = types::SequenceRawDataListResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::SequenceRawdataGetAll::send(self)
    }
}

impl PagedOperation for builder::SequenceRawdataGetAll<'_> {
    fn with_page(self, page: NonZeroU64, items_per_page: NonZeroU64) -> Self {
        self.page(page).items_per_page(items_per_page)
    }
}

impl Operation for builder::SequenceRawdataDeleteById<'_> {
    const SPEC: OperationSpec = SEQUENCE_RAWDATA_DELETE_BY_ID;
    type Response = types::StatusResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::SequenceRawdataDeleteById::send(self)
    }
}

impl Operation for builder::SequenceRawdataGetById<'_> {
    const SPEC: OperationSpec = SEQUENCE_RAWDATA_GET_BY_ID;
    type Response = types::SequenceRawDataResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::SequenceRawdataGetById::send(self)
    }
}

impl Operation for builder::SequenceRawdataUpdateById<'_> {
    const SPEC: OperationSpec = SEQUENCE_RAWDATA_UPDATE_BY_ID;
    type Response = types::SequenceRawDataResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::SequenceRawdataUpdateById::send(self)
    }
}

impl Operation for builder::SequenceGetAll<'_> {
    const SPEC: OperationSpec = SEQUENCE_GET_ALL;
    type Response = types::SequenceListResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::SequenceGetAll::send(self)
    }
}

impl PagedOperation for builder::SequenceGetAll<'_> {
    fn with_page(self, page: NonZeroU64, items_per_page: NonZeroU64) -> Self {
        self.page(page).items_per_page(items_per_page)
    }
}

impl Operation for builder::SequenceCreate<'_> {
    const SPEC: OperationSpec = SEQUENCE_CREATE;
    type Response = types::SequenceResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::SequenceCreate::send(self)
    }
}

impl Operation for builder::SequenceGetMapMatchedTracks<'_> {
    const SPEC: OperationSpec = SEQUENCE_GET_MAP_MATCHED_TRACKS;
    type Response = types::StatusResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::SequenceGetMapMatchedTracks::send(self)
    }
}

impl Operation for builder::SequenceGetTile<'_> {
    const SPEC: OperationSpec = SEQUENCE_GET_TILE;
    type Response = ByteStream;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::SequenceGetTile::send(self)
    }
}

impl Operation for builder::SequenceDeleteById<'_> {
    const SPEC: OperationSpec = SEQUENCE_DELETE_BY_ID;
    type Response = types::StatusResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::SequenceDeleteById::send(self)
    }
}

impl Operation for builder::SequenceGetById<'_> {
    const SPEC: OperationSpec = SEQUENCE_GET_BY_ID;
    type Response = types::SequenceResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::SequenceGetById::send(self)
    }
}

impl Operation for builder::SequenceUpdateById<'_> {
    const SPEC: OperationSpec = SEQUENCE_UPDATE_BY_ID;
    type Response = types::SequenceResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::SequenceUpdateById::send(self)
    }
}

impl Operation for builder::SequenceGetAttachmentsBySequenceId<'_> {
    const SPEC: OperationSpec = SEQUENCE_GET_ATTACHMENTS_BY_SEQUENCE_ID;
    type Response = types::SequenceAttachmentListResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::SequenceGetAttachmentsBySequenceId::send(self)
    }
}

impl Operation for builder::SequenceFinishById<'_> {
    const SPEC: OperationSpec = SEQUENCE_FINISH_BY_ID;
    type Response = types::StatusResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::SequenceFinishById::send(self)
    }
}

impl Operation for builder::SequenceGetPhotosBySequenceId<'_> {
    const SPEC: OperationSpec = SEQUENCE_GET_PHOTOS_BY_SEQUENCE_ID;
    type Response = types::PhotoListResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::SequenceGetPhotosBySequenceId::send(self)
    }
}

impl PagedOperation for builder::SequenceGetPhotosBySequenceId<'_> {
    fn with_page(self, page: NonZeroU64, items_per_page: NonZeroU64) -> Self {
        self.page(page).items_per_page(items_per_page)
    }
}

impl Operation for builder::SequenceGetRawdatasBySequenceId<'_> {
    const SPEC: OperationSpec = SEQUENCE_GET_RAWDATAS_BY_SEQUENCE_ID;
    type Response = types::SequenceRawDataListResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::SequenceGetRawdatasBySequenceId::send(self)
    }
}

impl Operation for builder::SequenceGetVideosBySequenceId<'_> {
    const SPEC: OperationSpec = SEQUENCE_GET_VIDEOS_BY_SEQUENCE_ID;
    type Response = types::VideoListResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::SequenceGetVideosBySequenceId::send(self)
    }
}

impl Operation for builder::UserMetricsGetByUserId<'_> {
    const SPEC: OperationSpec = USER_METRICS_GET_BY_USER_ID;
    type Response = types::UserMetricsResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::UserMetricsGetByUserId::send(self)
    }
}

impl Operation for builder::UserGetAll<'_> {
    const SPEC: OperationSpec = USER_GET_ALL;
    type Response = types::UserListResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::UserGetAll::send(self)
    }
}

impl PagedOperation for builder::UserGetAll<'_> {
    fn with_page(self, page: NonZeroU64, items_per_page: NonZeroU64) -> Self {
        self.page(page).items_per_page(items_per_page)
    }
}

impl Operation for builder::UserDeleteById<'_> {
    const SPEC: OperationSpec = USER_DELETE_BY_ID;
    type Response = types::StatusResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::UserDeleteById::send(self)
    }
}

impl Operation for builder::UserGetById<'_> {
    const SPEC: OperationSpec = USER_GET_BY_ID;
    type Response = types::UserResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::UserGetById::send(self)
    }
}

impl Operation for builder::VideoGetAll<'_> {
    const SPEC: OperationSpec = VIDEO_GET_ALL;
    type Response = types::VideoListResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::VideoGetAll::send(self)
    }
}

impl PagedOperation for builder::VideoGetAll<'_> {
    fn with_page(self, page: NonZeroU64, items_per_page: NonZeroU64) -> Self {
        self.page(page).items_per_page(items_per_page)
    }
}

impl Operation for builder::VideoDeleteById<'_> {
    const SPEC: OperationSpec = VIDEO_DELETE_BY_ID;
    type Response = types::StatusResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::VideoDeleteById::send(self)
    }
}

impl Operation for builder::VideoGetById<'_> {
    const SPEC: OperationSpec = VIDEO_GET_BY_ID;
    type Response = types::VideoResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::VideoGetById::send(self)
    }
}

impl Operation for builder::VideoUpdateById<'_> {
    const SPEC: OperationSpec = VIDEO_UPDATE_BY_ID;
    type Response = types::VideoResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::VideoUpdateById::send(self)
    }
}

impl Operation for builder::AuthClientAuth<'_> {
    const SPEC: OperationSpec = AUTH_CLIENT_AUTH;
    type Response = types::V1AuthResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::AuthClientAuth::send(self)
    }
}

impl Operation for builder::SequenceDetails<'_> {
    const SPEC: OperationSpec = SEQUENCE_DETAILS;
    type Response = types::V1OsvResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::SequenceDetails::send(self)
    }
}

impl Operation for builder::GmLeaderboard<'_> {
    const SPEC: OperationSpec = GM_LEADERBOARD;
    type Response = types::GmLeaderboardResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::GmLeaderboard::send(self)
    }
}

impl Operation for builder::MyList<'_> {
    const SPEC: OperationSpec = MY_LIST;
    type Response = types::V1MyListResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::MyList::send(self)
    }
}

impl Operation for builder::V1NearbyTracksList<'_> {
    const SPEC: OperationSpec = V1_NEARBY_TRACKS_LIST;
    type Response = types::V1NearbyTracksResponse;
    fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {
        builder::V1NearbyTracksList::send(self)
    }
}
