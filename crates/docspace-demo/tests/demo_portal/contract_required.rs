//! The properties the server always writes, derived from its DTOs: a non-nullable value
//! property is never null, so never omitted (nulls are skipped, PEOPLE-API.md §1), and the
//! helpers set some reference properties from records that always have them. Each set
//! names the lines it is read from (ONLYOFFICE/DocSpace-server at `ed2994e7`).

/// `common/ASC.Api.Core/Model/EmployeeDto.cs`: `Id`, `HasAvatar`, `IsAnonim` are value
/// properties (lines 47, 101, 107); `DisplayName` is set with them (line 174).
pub(crate) const EMPLOYEE: &[&str] = &["id", "displayName", "hasAvatar", "isAnonim"];

/// `common/ASC.Api.Core/Model/EmployeeFullDto.cs`, beside [`EMPLOYEE`]: the value
/// properties `Status`, `ActivationStatus`, `IsAdmin`, `IsRoomAdmin`, `IsLDAP`, `IsOwner`,
/// `IsVisitor`, `IsCollaborator`, `MobilePhoneActivationStatus`, `IsSSO` (lines 90-198),
/// the names and email `GetFullAsync` copies from the user (lines 360-368) and the
/// registration date it always sets.
pub(crate) const EMPLOYEE_FULL: &[&str] = &[
    "userName",
    "firstName",
    "lastName",
    "email",
    "status",
    "activationStatus",
    "isAdmin",
    "isRoomAdmin",
    "isLDAP",
    "isOwner",
    "isVisitor",
    "isCollaborator",
    "mobilePhoneActivationStatus",
    "isSSO",
    "registrationDate",
];

/// `products/ASC.People/Server/ApiModels/ResponseDto/TaskProgressResponseDto.cs` lines
/// 45-69: the `required` properties (`Error` is omitted when null).
pub(crate) const PROGRESS: &[&str] = &["id", "percentage", "isCompleted", "status"];

/// `products/ASC.Files/Core/ApiModels/ResponseDto/FolderContentDto.cs` lines 45-87:
/// `required` `PathParts` and `Total`, the value properties `StartIndex`, `Count`, `New`,
/// and the lists the rooms section always fills.
pub(crate) const FOLDER_CONTENT: &[&str] = &[
    "files",
    "folders",
    "pathParts",
    "startIndex",
    "count",
    "total",
    "new",
];

/// A room in `folders` (`FileEntryDto.cs`, `FolderDto.cs`): its id and title, and the value
/// properties `FilesCount`, `FoldersCount`, `RootFolderType`, `FileEntryType`.
pub(crate) const ROOM: &[&str] = &[
    "id",
    "title",
    "filesCount",
    "foldersCount",
    "rootFolderType",
    "fileEntryType",
];

/// `common/ASC.Api.Core/Model/GroupDto.cs`: `required` `Name`, `Category`, `Id`,
/// `IsLDAP`, the value property `MembersCount`; members are asked for by the members
/// routes (`GroupsController.cs` line 356, `IncludeMembers` defaults to true).
pub(crate) const GROUP: &[&str] = &[
    "id",
    "name",
    "category",
    "isLDAP",
    "membersCount",
    "members",
];

/// `products/ASC.People/Server/ApiModels/ResponseDto/UserExistsResponseDto.cs`.
pub(crate) const EXISTS: &[&str] = &["exists"];

/// What the answer's `response` holds, for the checks beyond the schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// One full profile.
    Profile,
    /// A list of full profiles.
    Profiles,
    /// A list of short profiles.
    Shorts,
    /// A job's progress.
    Progress,
    /// A job's progress, or no `response` at all.
    MaybeProgress,
    /// The rooms section.
    Rooms,
    /// A group with its members.
    Group,
    /// `{exists, status?}`.
    Exists,
    /// Profiles cut to exactly these properties by `fields=` (the server keeps nothing
    /// not asked for, not even `id`: `common/ASC.Api.Core/Core/DynamicIgnoreResolver.cs`).
    Trimmed(&'static [&'static str]),
    /// An action that answers with nothing: no `response`, `count` 0.
    Void,
    /// Anything else the schema alone describes (a string, a boolean, a token).
    Plain,
    /// A model-validation 400 inside the success-shaped envelope.
    Problem,
    /// An error envelope.
    Error,
}

/// The property sets every object of `shape` must carry.
pub(crate) fn required(shape: Shape) -> Vec<&'static str> {
    match shape {
        Shape::Profile | Shape::Profiles => [EMPLOYEE, EMPLOYEE_FULL].concat(),
        Shape::Shorts => EMPLOYEE.to_vec(),
        Shape::Progress | Shape::MaybeProgress => PROGRESS.to_vec(),
        Shape::Rooms => FOLDER_CONTENT.to_vec(),
        Shape::Group => GROUP.to_vec(),
        Shape::Exists => EXISTS.to_vec(),
        Shape::Trimmed(keep) => keep.to_vec(),
        Shape::Void | Shape::Plain | Shape::Problem | Shape::Error => Vec::new(),
    }
}
