//! Wire types of the administration operations: background jobs and their progress
//! ([`progress`]), the request bodies of invitations, profile edits, quotas, group
//! membership and offboarding ([`requests`]), and the rooms a user owns ([`rooms`]).
//!
//! Shared by the client and the demo portal, spelled as the server spells them (see
//! PEOPLE-API.md §6 and the request DTOs of `products/ASC.People/Server/ApiModels`).

pub mod groups;
pub mod jobs;
pub mod progress;
pub mod requests;
pub mod rooms;

pub use groups::GroupMembersDto;
pub use jobs::JobKind;
pub use progress::{JobEnd, TaskProgressDto, TaskStatus};
pub use requests::{
    ChangePasswordRequest, EmailChangeRequestDto, EmailMemberRequestDto, InviteUsersRequestDto,
    MembersRequestDto, StartReassignRequestDto, StartUpdateUserTypeDto, UpdateMemberRequestDto,
    UpdateMembersQuotaRequestDto, UserIdRequestDto, UserInvitation,
};
pub use rooms::{RoomDto, RoomListDto, SubjectFilter, UserExistsDto};
