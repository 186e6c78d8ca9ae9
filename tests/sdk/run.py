"""The official Python SDK (docspace-api-sdk) against a portal: every method of the
administration areas docspace-people uses, each answer parsed into the SDK's typed
models (which are strict) and checked.

Starts nothing: the portal's address and a token acting as its owner come from the
environment, DOCSPACE_URL and DOCSPACE_TOKEN (tests/sdk/run.sh starts the demo portal and
sets them). DOCSPACE_LOGIN_EMAIL and DOCSPACE_LOGIN_PASSWORD, when set, are used for the
authentication methods (the demo portal's owner and its demo password).

Each check prints "ok NAME" or "FAILED NAME: why"; the last line is
"N passed, N failed". The exit status is 0 only when every check passed.
"""

import json
import os
import sys
import traceback
import typing
import uuid

import docspace_api_sdk as sdk
from docspace_api_sdk import api_client
from pydantic import BaseModel
from docspace_api_sdk.api.people.quota_api import QuotaApi
from docspace_api_sdk.exceptions import ApiException
from docspace_api_sdk.models import (
    AuthRequestsDto,
    AuthWithCodeRequestsDto,
    ChangeEmailRequest,
    ChangePasswordRequest,
    EmailMemberRequestDto,
    EmployeeArrayWrapper,
    EmployeeStatus,
    EmployeeType,
    MembersRequest,
    StartReassignRequestDto,
    StartUpdateUserTypeDto,
    TerminateRequestDto,
    UpdateMemberRequestDto,
    UpdateMembersQuotaRequestDto,
    UpdateMembersQuotaRequestDtoQuota,
    UpdateMembersRequestDto,
)

URL = os.environ["DOCSPACE_URL"].rstrip("/")
TOKEN = os.environ["DOCSPACE_TOKEN"]
LOGIN_EMAIL = os.environ.get("DOCSPACE_LOGIN_EMAIL", "")
LOGIN_PASSWORD = os.environ.get("DOCSPACE_LOGIN_PASSWORD", "")

# How many progress reads a background job may take before the check gives up.
MAX_PROGRESS_READS = 50


# Keys of an answer its SDK model does not know, as "Model.key" -> where first seen. The
# SDK ignores them; the spec (and so the SDK) should know every key the server sends.
UNKNOWN_KEYS = {}
# Keys the real server sends that the SDK's models lack (see tests/sdk/README.md).
KNOWN_MISSING_FROM_SDK = {"EmployeeFullArrayWrapper.total", "GroupArrayWrapper.total"}


def model_of(annotation):
    """The single type inside Optional[...], List[...] and Annotated[...], or None."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, list):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(args) != 1:
                return None
            annotation = args[0]
        else:
            return annotation


def note_unknown_keys(data, model, where):
    if isinstance(data, list):
        for item in data:
            note_unknown_keys(item, model, where + "[]")
        return
    if not (isinstance(data, dict) and isinstance(model, type) and issubclass(model, BaseModel)):
        return
    fields = {(f.alias or name): f for name, f in model.model_fields.items()}
    for key, value in data.items():
        if key in fields:
            note_unknown_keys(value, model_of(fields[key].annotation), f"{where}.{key}")
        else:
            UNKNOWN_KEYS.setdefault(f"{model.__name__}.{key}", where)


_deserialize = api_client.ApiClient.response_deserialize


def deserialize_and_note(self, response_data, response_types_map=None):
    answer = _deserialize(self, response_data, response_types_map)
    if answer.data is not None and response_data.data:
        note_unknown_keys(json.loads(response_data.data), type(answer.data), "answer")
    return answer


api_client.ApiClient.response_deserialize = deserialize_and_note


def client(token=TOKEN):
    config = sdk.Configuration(host=URL, access_token=token)
    return sdk.ApiClient(config)


API = client()
PROFILES = sdk.ProfilesApi(API)
TYPES = sdk.UserTypeApi(API)
STATUS = sdk.UserStatusApi(API)
DATA = sdk.UserDataApi(API)
QUOTA = QuotaApi(API)
EMAIL = sdk.EmailApi(API)
PASSWORD = sdk.PasswordApi(API)
GROUPS = sdk.GroupApi(API)
AUTH = sdk.AuthenticationApi(client(""))

PASSED = []
FAILED = []


def check(name):
    """Runs the decorated function at once as the check NAME."""

    def run(fn):
        try:
            fn()
        except Exception as e:  # every failure is reported, the next check still runs
            detail = f"{type(e).__name__}: {e}"
            if os.environ.get("SDK_TRACE"):
                detail += "\n" + traceback.format_exc()
            FAILED.append(name)
            print(f"FAILED {name}: {detail}", flush=True)
        else:
            PASSED.append(name)
            print(f"ok {name}", flush=True)
        return fn

    return run


def expect(cond, what):
    if not cond:
        raise AssertionError(what)


def until_done(read, what):
    """Reads a job's progress until it says it is completed; returns the last answer."""
    for _ in range(MAX_PROGRESS_READS):
        progress = read().response
        expect(0 <= progress.percentage <= 100, f"{what}: percentage {progress.percentage}")
        if progress.is_completed:
            return progress
    raise AssertionError(f"{what}: not completed after {MAX_PROGRESS_READS} reads")


# --- the users the checks work on -------------------------------------------------

ME = PROFILES.get_self_profile().response
expect(ME.is_owner, "the token acts as the portal's owner")
EVERYONE = [
    u
    for start in range(0, 400, 100)
    for u in PROFILES.get_all_profiles(count=100, start_index=start).response or []
]


def plain_users():
    """Active users of type User (`isCollaborator`): not admins, room admins or guests
    (`isVisitor`), nor LDAP or SSO accounts."""
    return [
        u
        for u in EVERYONE
        if u.status == EmployeeStatus.Active
        and u.is_collaborator
        and not (u.is_owner or u.is_admin or u.is_room_admin or u.is_visitor)
        and not (u.is_ldap or u.is_sso)
        and u.activation_status in (None, 1)
    ]


POOL = plain_users()
expect(len(POOL) >= 8, f"the portal has {len(POOL)} plain active users; 12 are needed")


def take():
    return POOL.pop(0)


def ids(users):
    return {str(u.id) for u in users}


# --- authentication -------------------------------------------------------------------


@check("authentication: authenticate_me")
def _():
    if not LOGIN_EMAIL:
        raise AssertionError("DOCSPACE_LOGIN_EMAIL and DOCSPACE_LOGIN_PASSWORD are not set")
    answer = AUTH.authenticate_me(
        AuthRequestsDto(user_name=LOGIN_EMAIL, password=LOGIN_PASSWORD)
    ).response
    expect(answer.token, "a session token")
    expect(answer.tfa in (None, False), f"no second factor: {answer.tfa}")
    # The session token signs in the SDK.
    me = sdk.ProfilesApi(client(answer.token)).get_self_profile().response
    expect(me.id == ME.id, "the session is the owner's")


@check("authentication: get_is_authentificated")
def _():
    # The SDK sends no credentials with this method (the spec marks it anonymous).
    expect(AUTH.get_is_authentificated().response is False, "anonymous")
    signed_in = AUTH.get_is_authentificated(_headers={"Authorization": f"Bearer {TOKEN}"})
    expect(signed_in.response is True, "with the token")


@check("authentication: authenticate_me_from_body_with_code (wrong code refused)")
def _():
    try:
        AUTH.authenticate_me_from_body_with_code(
            "000000",
            AuthWithCodeRequestsDto(user_name=LOGIN_EMAIL, password=LOGIN_PASSWORD),
        )
    except ApiException as e:
        expect(e.status == 401, f"401, not {e.status}")
    else:
        raise AssertionError("a wrong code signs nobody in")


@check("authentication: a wrong password is refused")
def _():
    try:
        AUTH.authenticate_me(AuthRequestsDto(user_name=LOGIN_EMAIL, password="not-it-0"))
    except ApiException as e:
        expect(e.status == 401, f"401, not {e.status}")
    else:
        raise AssertionError("a wrong password signs nobody in")


# --- invitations ----------------------------------------------------------------------

INVITED = []


@check("invite: invite_users")
def _():
    # The SDK's request model cannot say whom to invite (its UserInvitation is the
    # spec's, which holds `usersIds`/`resendAll`); the body is sent as the server reads
    # it, and the answer parsed with the SDK's own response model.
    email = f"sdk-{uuid.uuid4().hex[:8]}@example.com"
    body = {"invitations": [{"email": email, "type": "User"}]}
    method, url, headers, body, _ = API.param_serialize(
        method="POST",
        resource_path="/api/2.0/people/invite",
        header_params={"Content-Type": "application/json", "Accept": "application/json"},
        body=body,
        auth_settings=["Bearer"],
    )
    raw = API.call_api(method, url, headers, body)
    raw.read()
    answer = API.response_deserialize(raw, {"200": "EmployeeArrayWrapper"}).data
    expect(isinstance(answer, EmployeeArrayWrapper), f"{type(answer)}")
    expect(answer.response, "the answer lists users")
    invited = PROFILES.get_profile_by_email(email=email).response
    expect(invited.email == email, f"the invited user: {invited.email}")
    expect(invited.activation_status == 2, f"pending: {invited.activation_status}")
    INVITED.append(invited)


@check("invite: resend_user_invites")
def _():
    expect(INVITED, "someone was invited")
    answer = PROFILES.resend_user_invites(
        UpdateMembersRequestDto(user_ids=[INVITED[0].id])
    ).response
    expect(ids(answer) == ids(INVITED[:1]), f"the invited user: {ids(answer)}")


# --- types -----------------------------------------------------------------------------


@check("type: update_user_type")
def _():
    user = take()
    answer = TYPES.update_user_type(
        EmployeeType.ROOMADMIN, UpdateMembersRequestDto(user_ids=[user.id])
    ).response
    expect(ids(answer) == {str(user.id)}, f"the user changed: {ids(answer)}")
    expect(answer[0].is_room_admin, "now a room admin")


@check("type: start_user_type_update, get_user_type_update_progress")
def _():
    user = take()
    TYPES.update_user_type(EmployeeType.ROOMADMIN, UpdateMembersRequestDto(user_ids=[user.id]))
    started = TYPES.start_user_type_update(
        StartUpdateUserTypeDto(type=EmployeeType.USER, user_id=user.id, reassign_user_id=ME.id)
    ).response
    expect(started.percentage is not None, "a progress")
    done = until_done(lambda: TYPES.get_user_type_update_progress(user.id), "type change")
    expect(not done.error, f"no error: {done.error}")
    after = PROFILES.get_profile_by_user_id(str(user.id)).response
    expect(not after.is_room_admin and not after.is_admin, "a user again")


@check("type: terminate_user_type_update")
def _():
    user = take()
    TYPES.update_user_type(EmployeeType.ROOMADMIN, UpdateMembersRequestDto(user_ids=[user.id]))
    TYPES.start_user_type_update(
        StartUpdateUserTypeDto(type=EmployeeType.USER, user_id=user.id, reassign_user_id=ME.id)
    )
    answer = TYPES.terminate_user_type_update(TerminateRequestDto(user_id=user.id)).response
    expect(answer is None or answer.percentage is not None, "a progress or nothing")


# --- profile, email, password ----------------------------------------------------------


@check("profile: update_member")
def _():
    # Names change on one's own profile only (UserController.UpdateMember, `if (self)`).
    answer = PROFILES.update_member(
        str(ME.id), UpdateMemberRequestDto(first_name="Ada", last_name="Lovelace")
    ).response
    expect((answer.first_name, answer.last_name) == ("Ada", "Lovelace"), "renamed")
    PROFILES.update_member(
        str(ME.id), UpdateMemberRequestDto(first_name=ME.first_name, last_name=ME.last_name)
    )
    # An admin may terminate someone else through it.
    user = POOL[0]
    off = PROFILES.update_member(str(user.id), UpdateMemberRequestDto(disable=True)).response
    expect(off.status == EmployeeStatus.Terminated, f"terminated: {off.status}")
    on = PROFILES.update_member(str(user.id), UpdateMemberRequestDto(disable=False)).response
    expect(on.status == EmployeeStatus.Active, f"active again: {on.status}")


@check("email: send_email_change_instructions")
def _():
    user = POOL[0]
    answer = EMAIL.send_email_change_instructions(
        UpdateMemberRequestDto(user_id=str(user.id), email=f"new-{uuid.uuid4().hex[:6]}@example.com")
    ).response
    expect(isinstance(answer, str) and answer, f"a message: {answer!r}")


@check("email: change_user_email (without an email-change link: refused)")
def _():
    # As change_user_password: UserController.cs line 621, the confirm scheme with the
    # EmailChange role; a token is refused, 403.
    try:
        EMAIL.change_user_email(
            POOL[0].id, ChangeEmailRequest(email=f"new-{uuid.uuid4().hex[:6]}@example.com")
        )
    except ApiException as e:
        expect(e.status == 403, f"403, not {e.status}")
    else:
        raise AssertionError("a token without the link changed an address")


@check("password: send_user_password")
def _():
    user = POOL[0]
    answer = PASSWORD.send_user_password(EmailMemberRequestDto(email=user.email)).response
    expect(isinstance(answer, str) and answer, f"a message: {answer!r}")


@check("password: change_user_password (without a password-change link: refused)")
def _():
    # The route wants the role a password-change link gives (UserController.cs line 540:
    # the confirm scheme, roles PasswordChange and Activation); a token is refused, 403.
    try:
        PASSWORD.change_user_password(POOL[0].id, ChangePasswordRequest(password="Another-pass-1"))
    except ApiException as e:
        expect(e.status == 403, f"403, not {e.status}")
    else:
        raise AssertionError("a token without the link changed a password")


# --- quotas ----------------------------------------------------------------------------


@check("quota: update_user_quota")
def _():
    user = POOL[0]
    limit = 5 * 1024 * 1024 * 1024
    answer = QUOTA.update_user_quota(
        UpdateMembersQuotaRequestDto(
            user_ids=[user.id], quota=UpdateMembersQuotaRequestDtoQuota(limit)
        )
    ).response
    expect(ids(answer) == {str(user.id)}, f"the user: {ids(answer)}")
    expect(answer[0].quota_limit == limit, f"the limit: {answer[0].quota_limit}")
    expect(answer[0].is_custom_quota is True, "a quota of its own")


@check("quota: reset_users_quota")
def _():
    user = POOL[0]
    answer = QUOTA.reset_users_quota(UpdateMembersQuotaRequestDto(user_ids=[user.id])).response
    expect(ids(answer) == {str(user.id)}, f"the user: {ids(answer)}")
    expect(not answer[0].is_custom_quota, "the portal's default again")


# --- groups ----------------------------------------------------------------------------


@check("groups: get_groups, get_group, add_members_to, remove_members_from, get_group_by_user_id")
def _():
    groups = GROUPS.get_groups().response
    expect(groups, "the portal has groups")
    group = groups[0]
    user = POOL[1]
    one = GROUPS.get_group(group.id, include_members=True).response
    expect(one.id == group.id, "the group asked for")
    added = GROUPS.add_members_to(group.id, MembersRequest(members=[user.id])).response
    expect(
        str(user.id) in ids(added.members or []),
        f"{user.id} a member of {group.name} now: {sorted(ids(added.members or []))}",
    )
    of_user = GROUPS.get_group_by_user_id(user.id).response
    expect(str(group.id) in {str(g.id) for g in of_user}, "the user's groups name it")
    removed = GROUPS.remove_members_from(group.id, MembersRequest(members=[user.id])).response
    expect(str(user.id) not in ids(removed.members or []), "no longer a member")


# --- status ----------------------------------------------------------------------------


@check("status: update_user_status (terminate, activate)")
def _():
    user = POOL[1]
    off = STATUS.update_user_status(
        EmployeeStatus.Terminated, UpdateMembersRequestDto(user_ids=[user.id])
    ).response
    expect([u.status for u in off] == [EmployeeStatus.Terminated], "terminated")
    on = STATUS.update_user_status(
        EmployeeStatus.Active, UpdateMembersRequestDto(user_ids=[user.id])
    ).response
    expect([u.status for u in on] == [EmployeeStatus.Active], "active again")


@check("status: get_by_status")
def _():
    answer = STATUS.get_by_status(EmployeeStatus.Active, count=5).response
    expect(answer and all(u.status == EmployeeStatus.Active for u in answer), "active users")


# --- offboarding: reassign, remove, delete --------------------------------------------


def terminated_user():
    user = take()
    STATUS.update_user_status(EmployeeStatus.Terminated, UpdateMembersRequestDto(user_ids=[user.id]))
    return user


@check("reassign: necessary_reassign")
def _():
    answer = DATA.necessary_reassign(user_id=POOL[0].id, type=EmployeeType.USER).response
    expect(isinstance(answer, bool), f"a yes or no: {answer!r}")


@check("reassign: start_reassign, get_reassign_progress")
def _():
    user = terminated_user()
    started = DATA.start_reassign(
        StartReassignRequestDto(from_user_id=user.id, to_user_id=ME.id, delete_profile=False)
    ).response
    expect(started.percentage is not None, "a progress")
    done = until_done(lambda: DATA.get_reassign_progress(user.id), "reassign")
    expect(not done.error, f"no error: {done.error}")


@check("reassign: terminate_reassign")
def _():
    user = terminated_user()
    DATA.start_reassign(StartReassignRequestDto(from_user_id=user.id, to_user_id=ME.id))
    answer = DATA.terminate_reassign(TerminateRequestDto(user_id=user.id)).response
    expect(answer is None or answer.percentage is not None, "a progress or nothing")


@check("remove: start_remove, get_remove_progress, terminate_remove")
def _():
    user = terminated_user()
    started = DATA.start_remove(TerminateRequestDto(user_id=user.id)).response
    expect(started.percentage is not None, "a progress")
    done = until_done(lambda: DATA.get_remove_progress(user.id), "removal")
    expect(not done.error, f"no error: {done.error}")
    other = terminated_user()
    DATA.start_remove(TerminateRequestDto(user_id=other.id))
    DATA.terminate_remove(TerminateRequestDto(user_id=other.id))


@check("delete: delete_member")
def _():
    user = terminated_user()
    answer = PROFILES.delete_member(str(user.id)).response
    expect(answer.id == user.id, "the deleted user")
    try:
        PROFILES.get_profile_by_user_id(str(user.id))
    except ApiException as e:
        expect(e.status == 404, f"gone: {e.status}")
    else:
        raise AssertionError("the deleted user is still there")


@check("delete: remove_users")
def _():
    user = terminated_user()
    answer = PROFILES.remove_users(UpdateMembersRequestDto(user_ids=[user.id])).response
    expect(ids(answer) == {str(user.id)}, f"the deleted user: {ids(answer)}")


@check("every key of every answer is one the SDK's models know")
def _():
    unknown = {k: w for k, w in UNKNOWN_KEYS.items() if k not in KNOWN_MISSING_FROM_SDK}
    expect(not unknown, "; ".join(f"{k} (in {w})" for k, w in sorted(unknown.items())))


print(f"{len(PASSED)} passed, {len(FAILED)} failed", flush=True)
sys.exit(1 if FAILED else 0)
