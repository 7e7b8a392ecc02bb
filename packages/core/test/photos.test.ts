import { expect } from '@open-wc/testing';
import { isAllowedPhoto, originOf, programSettings } from '../src/index.ts';

describe('photos', () => {
  it('takes the origin of an http(s) URL, lower-cased, with the default port left out', () => {
    expect(originOf('HTTPS://Photos.Example.org/a.jpg?x=1')).to.equal('https://photos.example.org');
    expect(originOf('https://photos.example.org:443/a.jpg')).to.equal('https://photos.example.org');
    expect(originOf('http://localhost:80/a.jpg')).to.equal('http://localhost');
    expect(originOf('http://localhost:8080')).to.equal('http://localhost:8080');
    expect(originOf('https://user@photos.example.org/a.jpg')).to.equal(null);
    expect(originOf('javascript:alert(1)')).to.equal(null);
  });

  it('allows data: images and the listed origins only', () => {
    const origins = ['https://photos.example.org'];
    expect(isAllowedPhoto('data:image/png;base64,iVBORw0KGgo=', [])).to.equal(true);
    expect(isAllowedPhoto('https://photos.example.org/a.jpg', origins)).to.equal(true);
    expect(isAllowedPhoto('https://photos.example.org', origins)).to.equal(true);
    for (const url of [
      'http://photos.example.org/a.jpg', 'https://photos.example.org:8443/a.jpg', 'https://photos.example.org.evil.net/a.jpg',
      'https://evil.net/photos.example.org/a.jpg', 'https://evil.net/?https://photos.example.org', 'data:text/html,<p>', 'photos.example.org/a.jpg',
    ]) {
      expect(isAllowedPhoto(url, origins), url).to.equal(false);
    }
  });

  it('is a program setting of origins, nothing after the host', () => {
    expect(programSettings({ photoOrigins: ['https://photos.example.org', 'http://localhost:8080'] }).photoOrigins).to.have.length(2);
    expect(() => programSettings({ photoOrigins: ['https://photos.example.org/path'] })).to.throw();
    expect(() => programSettings({ photoOrigins: ['photos.example.org'] })).to.throw();
  });
});
