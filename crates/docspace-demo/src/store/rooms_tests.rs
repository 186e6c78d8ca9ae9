use super::super::holdings::{Holdings, room};
use super::super::test_support::*;
use super::*;

fn store() -> Store {
    let mut s = small();
    s.admin.holdings = Holdings::default();
    s.admin.holdings.add_room(room(id(3), 4));
    let mut archived = room(id(3), 1);
    archived.archived = true;
    s.admin.holdings.add_room(archived);
    s.admin.holdings.add_room(room(id(2), 2));
    s
}

#[test]
fn an_owner_filter_and_the_search_area_narrow_the_list() {
    let s = store();
    let owner = viewer(&s, 1);
    let q = |area| RoomQuery {
        owner: Some(id(3)),
        area,
        count: 100,
        ..RoomQuery::default()
    };
    let (active, total) = s.rooms_page(&owner, &q(SearchArea::Active));
    assert_eq!((active.len(), total), (1, 1));
    assert_eq!(active[0].files_count, Some(4));
    assert_eq!(active[0].used_space, Some(4_000));
    assert_eq!(active[0].root_folder_type, Some(14));
    assert_eq!(active[0].created_by.as_ref().map(|c| c.id), Some(id(3)));
    let (archive, _) = s.rooms_page(&owner, &q(SearchArea::Archive));
    assert_eq!(archive[0].root_folder_type, Some(20));
    assert_eq!(s.rooms_page(&owner, &q(SearchArea::Any)).1, 2);
}

#[test]
fn only_admins_see_rooms_they_do_not_own_and_pages_cut_the_list() {
    let s = store();
    let ra = viewer(&s, 3);
    let all = RoomQuery {
        area: SearchArea::Any,
        count: 100,
        ..RoomQuery::default()
    };
    assert_eq!(s.rooms_page(&ra, &all).1, 2, "the room admin's own rooms");
    let owner = viewer(&s, 1);
    assert_eq!(s.rooms_page(&owner, &all).1, 3);
    let page = RoomQuery {
        start: 1,
        count: 1,
        ..all
    };
    let (rooms, total) = s.rooms_page(&owner, &page);
    assert_eq!((rooms.len(), total), (1, 3));
}
