/** A track in a playlist; durations are whole seconds. */
export interface Track {
  id: string;
  title: string;
  seconds: number;
}

/** An ordered playlist that refuses duplicate track ids. */
export class Playlist {
  private tracks: Track[] = [];

  add(track: Track): void {
    if (this.tracks.some((t) => t.id === track.id)) {
      throw new Error(`track ${track.id} is already in the playlist`);
    }
    this.tracks.push(track);
  }

  remove(id: string): boolean {
    const before = this.tracks.length;
    this.tracks = this.tracks.filter((t) => t.id !== id);
    return this.tracks.length < before;

  titles(): string[] {
    return this.tracks.map((t) => t.title);
  }

  totalSeconds(): number {
    return this.tracks.reduce((sum, t) => sum + t.seconds, 0);
  }
}
